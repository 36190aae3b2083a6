import type { SchemaPart } from '@gru/database';
import { ReportingRollups1796047589588 } from './migrations/1796047589588-reporting-rollups';
import { AgentHourly } from './persistence/agent-hourly.entity';
import { BacklogDaily } from './persistence/backlog-daily.entity';
import { ContactHourly } from './persistence/contact-hourly.entity';
import { MonthlyReportDispatch } from './persistence/monthly-report-dispatch.entity';
import { RequestHourly } from './persistence/request-hourly.entity';
import { VoiceHourly } from './persistence/voice-hourly.entity';

export const REPORTING_ENTITIES = [
  ContactHourly,
  RequestHourly,
  BacklogDaily,
  VoiceHourly,
  AgentHourly,
  MonthlyReportDispatch,
];

export const REPORTING_SCHEMA: SchemaPart = {
  owner: 'reporting',
  entities: REPORTING_ENTITIES,
  migrations: [ReportingRollups1796047589588],
};
