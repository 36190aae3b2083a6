import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@gru/audit';
import { TerritoryModule } from '@gru/territory';
import { CitizenAccess } from './citizen-access.service';
import { CitizenDirectory } from './citizen-directory.service';
import { CitizenRecordParticipants } from './citizen-record-participants';
import { TerritorialAttachment } from './identity/territorial-attachment';
import { CitizenMatcher } from './matching/citizen-matcher.service';
import { CitizenSearch } from './matching/citizen-search.service';
import { CitizenMergeService } from './merge/citizen-merge.service';
import { Citizen } from './persistence/citizen.entity';
import { CitizenMerge } from './persistence/citizen-merge.entity';
import { CitizenPrivacyService } from './privacy/citizen-privacy.service';

const SERVICES = [CitizenRecordParticipants, TerritorialAttachment, CitizenDirectory, CitizenMatcher, CitizenSearch, CitizenMergeService, CitizenPrivacyService, CitizenAccess];

/** Citizens (usagers): one record across channels, matching, merge, RGPD rights. Services only. */
@Module({
  imports: [TypeOrmModule.forFeature([Citizen, CitizenMerge]), TerritoryModule, AuditModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CitizensModule {}
