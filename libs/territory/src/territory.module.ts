import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { ChangePerimeter } from './perimeter-change/change-perimeter';
import { TerritoryChangeBroadcast } from './territory-change-broadcast';
import { TerritoryService } from './territory.service';

/**
 * Territorial reference: the in-memory `TerritoryService` other features (voice, mail, reporting)
 * inject, kept current across processes. Needs the app's DataSource and AppConfig. The API adds
 * `TerritoryHttpModule`.
 */
@Module({
  imports: [AuditModule],
  providers: [TerritoryService, ChangePerimeter, TerritoryChangeBroadcast],
  exports: [TerritoryService, ChangePerimeter],
})
export class TerritoryModule {}
