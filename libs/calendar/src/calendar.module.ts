import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AntennaClosure } from './antenna-closure.entity';
import { AntennaClosures } from './antenna-closures.service';

@Module({
  imports: [TypeOrmModule.forFeature([AntennaClosure])],
  providers: [AntennaClosures],
  exports: [AntennaClosures],
})
export class CalendarModule {}
