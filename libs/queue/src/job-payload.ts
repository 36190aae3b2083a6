import { JobName } from './queue-name';

/** Where a job came from, stamped by `JobProducer`; jobs a scheduler creates carry none. */
export interface JobMeta {
  readonly requestId?: string;
  readonly enqueuedAt: string;
}

/** A job that carries nothing: the processor looks at the whole state (sweeps, scheduled runs). */
export type NoPayload = Record<string, never>;

/** What a staff alert (`notify-staff`) is about. */
export type StaffNotificationKind = 'request-due-soon' | 'request-overdue';

/**
 * The one map from job name to payload: `JobProducer` accepts nothing else for a name and each
 * processor's handler receives exactly this, so producers and processors cannot disagree. Payloads
 * are ids and small values (never entities): the processor re-reads the state, so a retried or late
 * job is harmless. Defined here rather than by declaration merging from the features so that one
 * file lists every payload, and a job name without one does not compile (see below).
 */
export interface JobPayloads {
  [JobName.Probe]: { readonly durationMs?: number };
  [JobName.PurgeExpiredSessions]: NoPayload;
  [JobName.PurgeAuditEntries]: NoPayload;
  [JobName.WatchDueDates]: NoPayload;
  [JobName.AnonymiseInactiveCitizens]: NoPayload;
  [JobName.NotifyStaff]: {
    readonly userId: string;
    readonly kind: StaffNotificationKind;
    readonly requestId: string;
  };
  [JobName.SendCitizenMessage]: { readonly messageId: string };
  [JobName.DispatchCalls]: NoPayload;
  [JobName.CallStepTimeout]: { readonly callSid: string; readonly step: number };
  [JobName.CallOfferTimeout]: { readonly callSid: string; readonly agentId: string };
  [JobName.SweepMailboxes]: NoPayload;
  [JobName.SweepMailbox]: { readonly mailboxId: string };
  [JobName.SendMail]: { readonly mailMessageId: string };
  [JobName.SendKnowledgeHandover]: NoPayload;
  [JobName.RollupToday]: NoPayload;
  [JobName.RollupRecentHours]: NoPayload;
  [JobName.RollupRecentDays]: NoPayload;
  /** Paris days (YYYY-MM-DD), inclusive: the range to recompute. */
  [JobName.RebuildReporting]: { readonly from: string; readonly to: string };
  [JobName.SendMonthlyReport]: NoPayload;
}

/** The payload of one job, e.g. `JobOf<JobName.CallStepTimeout>`. */
export type JobOf<N extends JobName> = JobPayloads[N];

/** What a processor reads from Redis: the payload and, unless a scheduler created the job, its meta. */
export type JobData<N extends JobName> = JobOf<N> & { readonly meta?: JobMeta };

/** Jobs that carry nothing, the only ones a scheduler may create. */
export type PayloadFreeJob = { [N in JobName]: JobOf<N> extends NoPayload ? N : never }[JobName];

// A job name added to the enum without a payload above fails to compile here.
type Nothing<T extends never> = T;
export type _EveryJobHasAPayload = Nothing<Exclude<JobName, keyof JobPayloads>>;
