import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { WeeklyHandover } from '../handover/weekly-handover.service';

/** Mondays at 8:00, Paris time: the week's hand-over goes out before the phones open. */
const EVERY_MONDAY_MORNING = { pattern: '0 8 * * 1', tz: 'Europe/Paris' };

/** Consumes the `knowledge` queue: the weekly hand-over (idempotent per ISO week and recipient). */
@Processor(QueueName.Knowledge)
export class KnowledgeProcessor
  extends GruProcessor<QueueName.Knowledge>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Knowledge> = {
    [JobName.SendKnowledgeHandover]: () => this.handover.run(),
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly handover: WeeklyHandover,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(JobName.SendKnowledgeHandover, EVERY_MONDAY_MORNING);
  }
}
