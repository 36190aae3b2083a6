import { DynamicModule, Module, Type } from '@nestjs/common';
import { SessionHousekeepingModule } from '@gru/auth';
import { AuditModule, AuditRetentionJobsModule } from '@gru/audit';
import { CallRoutingJobsModule } from '@gru/call-routing';
import { ConfigModule, LoadedConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { KnowledgeJobsModule } from '@gru/knowledge';
import { MailboxesJobsModule } from '@gru/mailboxes';
import { LoggingModule, WorkerObservabilityModule } from '@gru/observability';
import { ALL_QUEUES, QueueModule, QueueName, SystemProbeModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { ReportingJobsModule } from '@gru/reporting';
import { RequestsJobsModule, StaffNotificationsJobsModule } from '@gru/requests';
import { VoiceTelephonyModule } from '@gru/voice';

/**
 * What the worker loads and validates at boot. `http` is here for its public URL: offers redirect
 * callers to TwiML on the API, and mail carries links to requests. Modules declare what they read
 * (`ConfigModule.forFeature`), so a section missing here stops the boot.
 */
export const WORKER_CONFIG_SECTIONS = [
  'worker',
  'http',
  'database',
  'redis',
  'twilio',
  'smtp',
  'storage',
  'log',
  'mail',
] as const;
export type WorkerConfig = LoadedConfig<(typeof WORKER_CONFIG_SECTIONS)[number]>;

/** Which module consumes each queue; WORKER_QUEUES picks a subset per process. */
const CONSUMERS: Record<QueueName, Type | DynamicModule> = {
  [QueueName.System]: SystemProbeModule,
  [QueueName.Sessions]: SessionHousekeepingModule,
  [QueueName.Requests]: RequestsJobsModule,
  [QueueName.Notifications]: StaffNotificationsJobsModule,
  // Offers ring agents through Twilio.
  [QueueName.CallRouting]: CallRoutingJobsModule.forRoot({ offers: VoiceTelephonyModule }),
  [QueueName.Mail]: MailboxesJobsModule,
  [QueueName.Knowledge]: KnowledgeJobsModule,
  [QueueName.Reporting]: ReportingJobsModule,
  [QueueName.Audit]: AuditRetentionJobsModule,
};

export function selectedQueues(config: Pick<WorkerConfig, 'worker'>): QueueName[] {
  if (config.worker.queues === 'all') return [...ALL_QUEUES];
  const unknown = config.worker.queues.filter((name) => !ALL_QUEUES.includes(name as QueueName));
  if (unknown.length > 0) {
    throw new Error(
      `WORKER_QUEUES names unknown queue(s): ${unknown.join(', ')} (known: ${ALL_QUEUES.join(', ')})`,
    );
  }
  return config.worker.queues as QueueName[];
}

/** The background process: BullMQ consumers, no public HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ConfigModule.forFeature(['worker'], 'WorkerModule'),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot(PLATFORM_SCHEMA),
        RedisModule,
        QueueModule,
        WorkerObservabilityModule,
        AuditModule,
        ...selectedQueues(config).map((queue) => CONSUMERS[queue]),
      ],
    };
  }
}
