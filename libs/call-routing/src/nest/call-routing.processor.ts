import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobName, JobPayload, QueueName } from '@gru/queue';
import type { Job, Queue } from 'bullmq';
import { CallDispatcher } from './call-dispatcher.service';
import { OfferTimeoutJob, StepTimeoutJob } from './call-routing-jobs';

/** A safety net: a lost dispatch or timeout job delays a match by this much at most. */
const SWEEP_EVERY_MS = 15_000;

/** Consumes `call-routing`: dispatch rounds, step timeouts (escalation), offer timeouts (no answer). */
@Processor(QueueName.CallRouting)
export class CallRoutingProcessor extends GruProcessor implements OnApplicationBootstrap {
  constructor(
    metrics: MetricsRegistry,
    private readonly dispatcher: CallDispatcher,
    @InjectQueue(QueueName.CallRouting) private readonly queue: Queue,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'call-routing-sweep',
      { every: SWEEP_EVERY_MS },
      { name: JobName.DispatchCalls },
    );
  }

  // Every handler re-reads the state in Redis, so a retried or late job is harmless.
  protected async handle(job: Job<JobPayload<object>>): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.DispatchCalls:
        return { offers: (await this.dispatcher.dispatch()).length };
      case JobName.CallStepTimeout: {
        const { callSid } = job.data as JobPayload<StepTimeoutJob>;
        return { offers: (await this.dispatcher.escalate(callSid)).length };
      }
      case JobName.CallOfferTimeout: {
        const { callSid, agentId } = job.data as JobPayload<OfferTimeoutJob>;
        return { released: await this.dispatcher.offerTimedOut(callSid, agentId) };
      }
      default:
        throw new Error(`Unknown job ${job.name} on ${QueueName.CallRouting}`);
    }
  }
}
