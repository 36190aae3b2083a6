import { Module } from '@nestjs/common';
import { TerritoryModule } from '@gru/territory';
import { CallDispatcher } from './call-dispatcher.service';

/**
 * The free number's routing for the API and the worker. Needs the global Config, Redis and Queue
 * modules and a DataSource (the territory's current perimeter gives the antennas). The telephony
 * side effect is the optional global `CallOfferPort` (logged without one).
 */
@Module({ imports: [TerritoryModule], providers: [CallDispatcher], exports: [CallDispatcher] })
export class CallRoutingModule {}
