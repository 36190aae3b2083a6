import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { PerimetersController } from './http/perimeters.controller';
import { TerritoryController } from './http/territory.controller';
import { TerritoryModule } from './territory.module';

/** The territory library's HTTP routes, for the API process only. */
@Module({
  imports: [TerritoryModule, AuditModule],
  controllers: [TerritoryController, PerimetersController],
})
export class TerritoryHttpModule {}
