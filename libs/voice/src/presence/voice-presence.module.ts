import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PresenceFactsReader } from './presence-facts.reader';
import { PresenceLog } from './presence-log.service';
import { PresencePeriod } from './presence-period.entity';

/** Agents' presence history (services only): the API records it, reporting reads it. */
@Module({
  imports: [TypeOrmModule.forFeature([PresencePeriod])],
  providers: [PresenceLog, PresenceFactsReader],
  exports: [PresenceLog, PresenceFactsReader],
})
export class VoicePresenceModule {}
