import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffAccountsModule } from '@gru/auth';
import { AuditModule } from '@gru/audit';
import { CitizensModule } from '@gru/citizens';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { VoiceAgent } from './agents/voice-agent.entity';
import { VoiceAgentsController } from './agents/voice-agents.controller';
import { VoiceAgents } from './agents/voice-agents.service';
import { CallContextStore } from './ivr/call-context.store';
import { CallIntake } from './ivr/call-intake.service';
import { ScreenPopController } from './screen-pop/screen-pop.controller';
import { ScreenPopService } from './screen-pop/screen-pop.service';
import { TwilioRestAdapter } from './twilio/twilio-rest.adapter';
import { CallQueuePort, LoggingCallQueue } from './ivr/call-queue.port';
import { IvrRouting } from './ivr/ivr-routing.service';
import { IvrTwiml } from './ivr/ivr-twiml';
import { IvrController } from './ivr/ivr.controller';
import { VoiceErrorFilter } from './ivr/voice-error.filter';
import { TwilioSignatureGuard } from './twilio/twilio-signature.guard';

/** The free number: Twilio webhooks, the postcode IVR and the hand-over to call routing. */
@Module({
  imports: [TypeOrmModule.forFeature([VoiceAgent]), TerritoryModule, CitizensModule, RequestsModule, AuditModule, StaffAccountsModule],
  controllers: [IvrController, VoiceAgentsController, ScreenPopController],
  providers: [VoiceAgents, TwilioRestAdapter, CallContextStore, ScreenPopService, IvrTwiml, IvrRouting, CallIntake, TwilioSignatureGuard, VoiceErrorFilter, { provide: CallQueuePort, useClass: LoggingCallQueue }],
  exports: [IvrTwiml, VoiceAgents, TwilioRestAdapter, ScreenPopService, CallContextStore],
})
export class VoiceModule {}
