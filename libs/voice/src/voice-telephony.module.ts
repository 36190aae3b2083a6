import { Module } from '@nestjs/common';
import { CallOfferPort } from '@gru/call-routing';
import { CitizensModule } from '@gru/citizens';
import { AppConfig, ConfigModule } from '@gru/config';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { CallContextStore } from './ivr/call-context.store';
import { TwilioCallOffer } from './routing/twilio-call-offer';
import { ScreenPopService } from './screen-pop/screen-pop.service';
import { SimulatedCallOffer } from './simulator/simulated-call-offer';
import { TwilioRestAdapter } from './twilio/twilio-rest.adapter';

/**
 * Ringing agents: the routing engine's offers (made by the worker's processor as well as by the
 * API) redirect callers through Twilio and pop the agent's screen, or only pop it when telephony
 * is simulated (`VOICE_TELEPHONY`). Services only, so the worker builds no HTTP route for it;
 * handed to `CallRoutingModule.forRoot({ offers })`.
 */
@Module({
  imports: [
    ConfigModule.forFeature(['http', 'twilio'], 'VoiceTelephonyModule'),
    TerritoryModule,
    CitizensModule,
    RequestsModule,
  ],
  providers: [
    TwilioRestAdapter,
    CallContextStore,
    ScreenPopService,
    TwilioCallOffer,
    SimulatedCallOffer,
    {
      provide: CallOfferPort,
      inject: [AppConfig, TwilioCallOffer, SimulatedCallOffer],
      useFactory: (config: AppConfig, twilio: TwilioCallOffer, simulated: SimulatedCallOffer) =>
        config.values.twilio.telephony === 'simulated' ? simulated : twilio,
    },
  ],
  exports: [TwilioRestAdapter, CallContextStore, ScreenPopService, CallOfferPort],
})
export class VoiceTelephonyModule {}
