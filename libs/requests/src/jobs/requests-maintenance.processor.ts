import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { REGION_TIME_ZONE } from '@gru/calendar';
import { AppConfig } from '@gru/config';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobName, QueueName } from '@gru/queue';
import type { Job, Queue } from 'bullmq';
import { CitizenRetention } from '../retention/citizen-retention.service';
import { SlaWatch } from '../sla/sla-watch.service';

const EVERY_FIFTEEN_MINUTES = 15 * 60 * 1000;
const DAILY_AT_3_AM = '0 3 * * *';

/** Consumes the `requests` queue: the SLA watch and the RGPD retention, both scheduled here. */
@Processor(QueueName.Requests)
export class RequestsMaintenanceProcessor extends GruProcessor implements OnApplicationBootstrap {
  constructor(
    metrics: MetricsRegistry,
    private readonly slaWatch: SlaWatch,
    private readonly retention: CitizenRetention,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Requests) private readonly queue: Queue,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JobName.WatchDueDates, { every: EVERY_FIFTEEN_MINUTES }, { name: JobName.WatchDueDates });
    await this.queue.upsertJobScheduler(JobName.AnonymiseInactiveCitizens, { pattern: DAILY_AT_3_AM, tz: REGION_TIME_ZONE }, { name: JobName.AnonymiseInactiveCitizens });
  }

  protected async handle(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.WatchDueDates:
        return this.slaWatch.run();
      case JobName.AnonymiseInactiveCitizens:
        return { anonymised: (await this.retention.run(this.config.values.retention.citizenYears)).length };
      default:
        throw new Error(`Unknown job ${job.name} on ${QueueName.Requests}`);
    }
  }
}
