import { DynamicModule, Module, Type } from '@nestjs/common';
import { SessionHousekeepingModule } from '@gru/auth';
import { AuditModule } from '@gru/audit';
import { CallRoutingJobsModule } from '@gru/call-routing';
import { ConfigModule, GruConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { LoggingModule, WorkerObservabilityModule } from '@gru/observability';
import { ALL_QUEUES, QueueModule, QueueName, SystemProbeModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { RequestsJobsModule, StaffNotificationsJobsModule } from '@gru/requests';
import { VoiceTelephonyModule } from '@gru/voice';

/** Which module consumes each queue; WORKER_QUEUES picks a subset per process. */
const CONSUMERS: Record<QueueName, Type> = {
  [QueueName.System]: SystemProbeModule,
  [QueueName.Sessions]: SessionHousekeepingModule,
  [QueueName.Requests]: RequestsJobsModule,
  [QueueName.Notifications]: StaffNotificationsJobsModule,
  [QueueName.CallRouting]: CallRoutingJobsModule,
};

export function selectedQueues(config: GruConfig): QueueName[] {
  if (config.worker.queues === 'all') return [...ALL_QUEUES];
  const unknown = config.worker.queues.filter((name) => !ALL_QUEUES.includes(name as QueueName));
  if (unknown.length > 0) {
    throw new Error(`WORKER_QUEUES names unknown queue(s): ${unknown.join(', ')} (known: ${ALL_QUEUES.join(', ')})`);
  }
  return config.worker.queues as QueueName[];
}

/** The background process: BullMQ consumers, no public HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: GruConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule,
        RedisModule,
        QueueModule,
        WorkerObservabilityModule,
        AuditModule,
        // The routing processor's offers ring agents through Twilio.
        VoiceTelephonyModule,
        ...selectedQueues(config).map((queue) => CONSUMERS[queue]),
      ],
    };
  }
}
