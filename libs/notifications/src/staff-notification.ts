import type { JobName, JobOf } from '@gru/queue';

/** What the notifications queue carries: ids and a kind, never the message itself (`@gru/queue` JobPayloads). */
export type StaffNotification = JobOf<JobName.NotifyStaff>;
