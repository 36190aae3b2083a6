import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '@gru/territory';
import { AntennaClosure } from './antenna-closure.entity';
import { AntennaClosures } from './antenna-closures.service';
import { AntennaClosuresController } from './antenna-closures.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AntennaClosure]), TerritoryModule],
  controllers: [AntennaClosuresController],
  providers: [AntennaClosures],
  exports: [AntennaClosures],
})
export class CalendarModule {}
