import { Module } from '@nestjs/common';
import { TerritoryModule } from '@gru/territory';
import { AntennaClosuresController } from './antenna-closures.controller';
import { CalendarModule } from './calendar.module';

/** The calendar library's HTTP routes (antenna closures), for the API process only. */
@Module({
  imports: [CalendarModule, TerritoryModule],
  controllers: [AntennaClosuresController],
})
export class CalendarHttpModule {}
