import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { REGION_TIME_ZONE } from '@gru/calendar';
import { AppConfig } from '@gru/config';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { CitizenRetention } from '../retention/citizen-retention.service';
import { SlaWatch } from '../sla/sla-watch.service';

const EVERY_FIFTEEN_MINUTES = 15 * 60 * 1000;
const DAILY_AT_3_AM = '0 3 * * *';

/** Consumes the `requests` queue: the SLA watch and the RGPD retention, both scheduled here. */
@Processor(QueueName.Requests)
export class RequestsMaintenanceProcessor
  extends GruProcessor<QueueName.Requests>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Requests> = {
    [JobName.WatchDueDates]: () => this.slaWatch.run(),
    [JobName.AnonymiseInactiveCitizens]: async () => ({
      anonymised: (await this.retention.run(this.config.values.retention.citizenYears)).length,
    }),
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly slaWatch: SlaWatch,
    private readonly retention: CitizenRetention,
    private readonly config: AppConfig,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(JobName.WatchDueDates, { every: EVERY_FIFTEEN_MINUTES });
    await this.jobs.schedule(JobName.AnonymiseInactiveCitizens, {
      pattern: DAILY_AT_3_AM,
      tz: REGION_TIME_ZONE,
    });
  }
}
