import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { RefreshTokenStore } from './refresh-token.store';

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000;

/** Deletes expired refresh tokens; idempotent, so a retry or an overlapping run is harmless. */
@Processor(QueueName.Sessions)
export class SessionHousekeepingProcessor
  extends GruProcessor<QueueName.Sessions>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Sessions> = {
    [JobName.PurgeExpiredSessions]: () => this.purge(),
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly tokens: RefreshTokenStore,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(JobName.PurgeExpiredSessions, { every: EVERY_SIX_HOURS });
  }

  private async purge(): Promise<{ deleted: number }> {
    const deleted = await this.tokens.deleteExpired();
    this.logger.log({ deleted }, 'expired refresh tokens deleted');
    return { deleted };
  }
}
