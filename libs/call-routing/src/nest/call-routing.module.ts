import { Module } from '@nestjs/common';
import { CallDispatcher } from './call-dispatcher.service';

/**
 * The free number's routing for the API and the worker. Needs the global Config, Redis and Queue
 * modules. The telephony side effect is the optional global `CallOfferPort` (logged without one).
 */
@Module({ providers: [CallDispatcher], exports: [CallDispatcher] })
export class CallRoutingModule {}
