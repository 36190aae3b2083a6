import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { CitizensModule } from '@gru/citizens';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { CallIntake } from './ivr/call-intake.service';
import { CallQueuePort, LoggingCallQueue } from './ivr/call-queue.port';
import { IvrRouting } from './ivr/ivr-routing.service';
import { IvrTwiml } from './ivr/ivr-twiml';
import { IvrController } from './ivr/ivr.controller';
import { VoiceErrorFilter } from './ivr/voice-error.filter';
import { TwilioSignatureGuard } from './twilio/twilio-signature.guard';

/** The free number: Twilio webhooks, the postcode IVR and the hand-over to call routing. */
@Module({
  imports: [TerritoryModule, CitizensModule, RequestsModule, AuditModule],
  controllers: [IvrController],
  providers: [IvrTwiml, IvrRouting, CallIntake, TwilioSignatureGuard, VoiceErrorFilter, { provide: CallQueuePort, useClass: LoggingCallQueue }],
  exports: [IvrTwiml],
})
export class VoiceModule {}
