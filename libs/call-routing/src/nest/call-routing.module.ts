import { DynamicModule, Module, Type } from '@nestjs/common';
import { CallDispatcher } from './call-dispatcher.service';

export interface CallRoutingOptions {
  /** A module exporting `CallOfferPort` (the voice library's Twilio offers); without one, offers are logged. */
  readonly offers?: Type | DynamicModule;
}

/**
 * The free number's routing for the API and the worker. Needs the global Config, Redis and Queue
 * modules; the process that composes it hands over the telephony side effect.
 */
@Module({})
export class CallRoutingModule {
  static forRoot(options: CallRoutingOptions = {}): DynamicModule {
    return {
      module: CallRoutingModule,
      imports: options.offers ? [options.offers] : [],
      providers: [CallDispatcher],
      exports: [CallDispatcher],
    };
  }
}
