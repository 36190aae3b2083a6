export { GruProcessor } from './gru-processor';
export type { JobHandler, JobHandlers } from './gru-processor';
export type {
  JobData,
  JobMeta,
  JobOf,
  JobPayloads,
  NoPayload,
  PayloadFreeJob,
  StaffNotificationKind,
} from './job-payload';
export { JobProducer } from './job-producer.service';
export { QueueHealth } from './queue-health.service';
export type { QueueCounts } from './queue-health.service';
export { QueueModule } from './queue.module';
export { ALL_QUEUES, JOB_QUEUES, JobName, QueueName } from './queue-name';
export type { JobsOf } from './queue-name';
export { redisOptionsFromUrl } from './redis-connection-options';
export { SystemProbeModule } from './system-probe.module';
export { SystemProbeProcessor } from './system-probe.processor';
export type { ProbePayload } from './system-probe.processor';
