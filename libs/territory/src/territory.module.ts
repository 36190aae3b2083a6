import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { PerimetersController } from './http/perimeters.controller';
import { TerritoryController } from './http/territory.controller';
import { ChangePerimeter } from './perimeter-change/change-perimeter';
import { TerritoryChangeBroadcast } from './territory-change-broadcast';
import { TerritoryService } from './territory.service';

/**
 * Territorial reference: HTTP routes and the in-memory `TerritoryService` other features
 * (voice, mail, reporting) inject. Needs the app's DataSource and AppConfig.
 */
@Module({
  imports: [AuditModule],
  controllers: [TerritoryController, PerimetersController],
  providers: [TerritoryService, ChangePerimeter, TerritoryChangeBroadcast],
  exports: [TerritoryService],
})
export class TerritoryModule {}
