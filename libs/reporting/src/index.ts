export { REPORTING_ENTITIES, REPORTING_SCHEMA } from './reporting-schema';
export { ReportingModule } from './reporting.module';
export { ReportingHttpModule } from './reporting-http.module';
export { ReportingJobsModule } from './reporting-jobs.module';
export { ReportingRollup } from './rollup/reporting-rollup.service';
export { ContactsReports } from './reports/contacts-report.service';
export { RequestsReports } from './reports/requests-report.service';
export { VoiceReports } from './reports/voice-report.service';
export { ActivityReports } from './reports/activity-report.service';
export { MonthlyReports } from './monthly/monthly-report.service';
export type { MonthlyReportOutcome } from './monthly/monthly-report.service';
export { jainIndex, handledPerStaffedHourFairness } from './reports/jain-index';
export { DAILY, HOURLY, grainFor } from './reports/grain';
export type { Grain } from './reports/grain';
export { periodOf, reportingPeriod } from './reports/reporting-period';
export type { ReportingPeriod } from './reports/reporting-period';
export { reportingScope } from './reports/reporting-scope';
export type { AntennaScope } from './reports/reporting-scope';
export { contactsMonthlySource } from './reports/contacts-report.service';
export {
  CONTACTS_BY_MONTH,
  CONTACTS_CODED_BY_MONTH,
  CONTACTS_CODED_REGION_BY_MONTH,
} from './reports/months-and-days';
export { ROLLUP_TABLES } from './rollup/rollup-tables';
