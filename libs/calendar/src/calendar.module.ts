import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '@gru/territory';
import { AntennaClosure } from './antenna-closure.entity';
import { AntennaClosures } from './antenna-closures.service';

/** Antenna closures for working-day arithmetic. Services only; the API adds `CalendarHttpModule`. */
@Module({
  imports: [TypeOrmModule.forFeature([AntennaClosure]), TerritoryModule],
  providers: [AntennaClosures],
  exports: [AntennaClosures],
})
export class CalendarModule {}
