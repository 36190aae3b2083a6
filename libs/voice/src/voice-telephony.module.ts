import { Global, Module } from '@nestjs/common';
import { CallOfferPort } from '@gru/call-routing';
import { CitizensModule } from '@gru/citizens';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { CallContextStore } from './ivr/call-context.store';
import { TwilioCallOffer } from './routing/twilio-call-offer';
import { ScreenPopService } from './screen-pop/screen-pop.service';
import { TwilioRestAdapter } from './twilio/twilio-rest.adapter';

/**
 * Global, in the API and in the worker: the routing engine's offers (made by the worker's
 * processor as well as by the API) ring agents through Twilio and pop their screen.
 */
@Global()
@Module({
  imports: [TerritoryModule, CitizensModule, RequestsModule],
  providers: [TwilioRestAdapter, CallContextStore, ScreenPopService, { provide: CallOfferPort, useClass: TwilioCallOffer }],
  exports: [TwilioRestAdapter, CallContextStore, ScreenPopService, CallOfferPort],
})
export class VoiceTelephonyModule {}
