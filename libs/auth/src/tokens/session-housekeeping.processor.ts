import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobName, QueueName } from '@gru/queue';
import type { Job, Queue } from 'bullmq';
import { RefreshTokenStore } from './refresh-token.store';

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000;

/** Deletes expired refresh tokens; idempotent, so a retry or an overlapping run is harmless. */
@Processor(QueueName.Sessions)
export class SessionHousekeepingProcessor extends GruProcessor implements OnApplicationBootstrap {
  constructor(
    metrics: MetricsRegistry,
    private readonly tokens: RefreshTokenStore,
    @InjectQueue(QueueName.Sessions) private readonly queue: Queue,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.PurgeExpiredSessions,
      { every: EVERY_SIX_HOURS },
      { name: JobName.PurgeExpiredSessions },
    );
  }

  protected async handle(job: Job): Promise<{ deleted: number }> {
    if (job.name !== (JobName.PurgeExpiredSessions as string))
      throw new Error(`Unknown job ${job.name} on ${QueueName.Sessions}`);
    const deleted = await this.tokens.deleteExpired();
    this.logger.log({ deleted }, 'expired refresh tokens deleted');
    return { deleted };
  }
}
