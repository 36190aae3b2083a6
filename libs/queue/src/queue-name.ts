/*
 * WARNING: these values are Redis key names. Renaming one strands every job already waiting under
 * the old name; add a new name and drain the old queue instead.
 */

/** One queue per feature that has background work. */
export enum QueueName {
  /** Platform probes: checks that jobs flow end to end (ops canary, deploy drain checks). */
  System = 'system',
  /** Staff sessions housekeeping (expired refresh tokens). */
  Sessions = 'sessions',
  /** Requests: SLA watch (due soon / overdue) and RGPD retention. */
  Requests = 'requests',
  /** Messages to staff (assignment, SLA alerts). */
  Notifications = 'notifications',
  /** Free number: matching waiting calls to agents, step and offer timeouts. */
  CallRouting = 'call-routing',
  /** Mailboxes: UID sweeps (repeatable and on IDLE news), acknowledgements and replies over SMTP. */
  Mail = 'mail',
  /** Knowledge base: the weekly hand-over email to staff. */
  Knowledge = 'knowledge',
  /** Reporting: rollups (every minute, hourly, daily), rebuilds of past ranges, the monthly report. */
  Reporting = 'reporting',
  /** Audit trail retention: entries past their keeping period are deleted daily. */
  Audit = 'audit',
}

export enum JobName {
  Probe = 'probe',
  PurgeExpiredSessions = 'purge-expired-sessions',
  WatchDueDates = 'watch-due-dates',
  AnonymiseInactiveCitizens = 'anonymise-inactive-citizens',
  NotifyStaff = 'notify-staff',
  SendCitizenMessage = 'send-citizen-message',
  DispatchCalls = 'dispatch',
  CallStepTimeout = 'step-timeout',
  CallOfferTimeout = 'offer-timeout',
  SweepMailboxes = 'sweep-mailboxes',
  SweepMailbox = 'sweep-mailbox',
  SendMail = 'send-mail',
  SendKnowledgeHandover = 'send-knowledge-handover',
  RollupToday = 'rollup-today',
  RollupRecentHours = 'rollup-recent-hours',
  RollupRecentDays = 'rollup-recent-days',
  RebuildReporting = 'rebuild-reporting',
  SendMonthlyReport = 'send-monthly-report',
  PurgeAuditEntries = 'purge-audit-entries',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);

/** The queue each job runs on: `JobProducer` derives it from the name, processors are typed by it. */
export const JOB_QUEUES = {
  [JobName.Probe]: QueueName.System,
  [JobName.PurgeExpiredSessions]: QueueName.Sessions,
  [JobName.WatchDueDates]: QueueName.Requests,
  [JobName.AnonymiseInactiveCitizens]: QueueName.Requests,
  [JobName.NotifyStaff]: QueueName.Notifications,
  [JobName.SendCitizenMessage]: QueueName.Notifications,
  [JobName.DispatchCalls]: QueueName.CallRouting,
  [JobName.CallStepTimeout]: QueueName.CallRouting,
  [JobName.CallOfferTimeout]: QueueName.CallRouting,
  [JobName.SweepMailboxes]: QueueName.Mail,
  [JobName.SweepMailbox]: QueueName.Mail,
  [JobName.SendMail]: QueueName.Mail,
  [JobName.SendKnowledgeHandover]: QueueName.Knowledge,
  [JobName.RollupToday]: QueueName.Reporting,
  [JobName.RollupRecentHours]: QueueName.Reporting,
  [JobName.RollupRecentDays]: QueueName.Reporting,
  [JobName.RebuildReporting]: QueueName.Reporting,
  [JobName.SendMonthlyReport]: QueueName.Reporting,
  [JobName.PurgeAuditEntries]: QueueName.Audit,
} as const satisfies Record<JobName, QueueName>;

/** The job names of one queue, e.g. `JobsOf<QueueName.CallRouting>`. */
export type JobsOf<Q extends QueueName> = {
  [N in JobName]: (typeof JOB_QUEUES)[N] extends Q ? N : never;
}[JobName];
