import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { StaffAccountsModule } from '@gru/auth';
import { ChangePerimeter } from './perimeter-change/change-perimeter';
import { StaffAntennaCheck } from './staff-antenna-check';
import { TerritoryChangeBroadcast } from './territory-change-broadcast';
import { TerritoryService } from './territory.service';

/**
 * Territorial reference: the in-memory `TerritoryService` other features (voice, mail, reporting)
 * inject, kept current across processes. Needs the app's DataSource and AppConfig. The API adds
 * `TerritoryHttpModule`.
 */
@Module({
  imports: [AuditModule, StaffAccountsModule],
  providers: [TerritoryService, ChangePerimeter, TerritoryChangeBroadcast, StaffAntennaCheck],
  exports: [TerritoryService, ChangePerimeter],
})
export class TerritoryModule {}
