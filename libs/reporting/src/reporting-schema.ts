import type { SchemaPart } from '@gru/database';
import { ReportingRollups1796047589588 } from './migrations/1796047589588-reporting-rollups';
import { ReportingDailyRollups1796060533898 } from './migrations/1796060533898-reporting-daily-rollups';
import { ReportingRequestsByChannel1796064654352 } from './migrations/1796064654352-reporting-requests-by-channel';
import { ReportingContactsMonthlyCoded1796071559088 } from './migrations/1796071559088-reporting-contacts-monthly-coded';
import { ReportingContactsMonthlyCodedRegion1796077564662 } from './migrations/1796077564662-reporting-contacts-monthly-coded-region';
import { ReportingContactsMonthlyCodedAntenna1796080367425 } from './migrations/1796080367425-reporting-contacts-monthly-coded-antenna';
import { AgentDaily } from './persistence/agent-daily.entity';
import { AgentHourly } from './persistence/agent-hourly.entity';
import { BacklogDaily } from './persistence/backlog-daily.entity';
import { ContactCodedMonthly } from './persistence/contact-coded-monthly.entity';
import { ContactCodedRegionMonthly } from './persistence/contact-coded-region-monthly.entity';
import { ContactDaily } from './persistence/contact-daily.entity';
import { ContactHourly } from './persistence/contact-hourly.entity';
import { ContactMonthly } from './persistence/contact-monthly.entity';
import { MonthlyReportDispatch } from './persistence/monthly-report-dispatch.entity';
import { RequestDaily } from './persistence/request-daily.entity';
import { RequestDailyByChannel } from './persistence/request-daily-by-channel.entity';
import { RequestHourly } from './persistence/request-hourly.entity';
import { RequestMonthly } from './persistence/request-monthly.entity';
import { VoiceDaily } from './persistence/voice-daily.entity';
import { VoiceHourly } from './persistence/voice-hourly.entity';

export const REPORTING_ENTITIES = [
  ContactHourly,
  RequestHourly,
  BacklogDaily,
  VoiceHourly,
  AgentHourly,
  ContactDaily,
  ContactMonthly,
  ContactCodedMonthly,
  ContactCodedRegionMonthly,
  RequestDaily,
  RequestDailyByChannel,
  RequestMonthly,
  VoiceDaily,
  AgentDaily,
  MonthlyReportDispatch,
];

export const REPORTING_SCHEMA: SchemaPart = {
  owner: 'reporting',
  entities: REPORTING_ENTITIES,
  migrations: [
    ReportingRollups1796047589588,
    ReportingDailyRollups1796060533898,
    ReportingRequestsByChannel1796064654352,
    ReportingContactsMonthlyCoded1796071559088,
    ReportingContactsMonthlyCodedRegion1796077564662,
    ReportingContactsMonthlyCodedAntenna1796080367425,
  ],
};
