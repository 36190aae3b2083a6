import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffAccountsModule } from '@gru/auth';
import { NotificationsModule } from '@gru/notifications';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { VoicePresenceModule } from '@gru/voice';
import { MonthlyReports } from './monthly/monthly-report.service';
import { ActivityReports } from './reports/activity-report.service';
import { ContactsReports } from './reports/contacts-report.service';
import { RequestsReports } from './reports/requests-report.service';
import { VoiceReports } from './reports/voice-report.service';
import { REPORTING_ENTITIES } from './reporting-schema';
import { ReportingRollup } from './rollup/reporting-rollup.service';

const SERVICES = [
  ReportingRollup,
  ContactsReports,
  RequestsReports,
  VoiceReports,
  ActivityReports,
  MonthlyReports,
];

/** Reporting's services (rollups, reports, monthly report), for the API, the worker and tools. */
@Module({
  imports: [
    TypeOrmModule.forFeature(REPORTING_ENTITIES),
    RequestsModule,
    VoicePresenceModule,
    StaffAccountsModule,
    TerritoryModule,
    NotificationsModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class ReportingModule {}
