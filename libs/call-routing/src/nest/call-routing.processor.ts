import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { CallDispatcher } from './call-dispatcher.service';

/** A safety net: a lost dispatch or timeout job delays a match by this much at most. */
const SWEEP_EVERY_MS = 15_000;

/** Consumes `call-routing`: dispatch rounds, step timeouts (escalation), offer timeouts (no answer). */
@Processor(QueueName.CallRouting)
export class CallRoutingProcessor
  extends GruProcessor<QueueName.CallRouting>
  implements OnApplicationBootstrap
{
  // Every handler re-reads the state in Redis, so a retried or late job is harmless.
  protected readonly handlers: JobHandlers<QueueName.CallRouting> = {
    [JobName.DispatchCalls]: async () => ({ offers: (await this.dispatcher.dispatch()).length }),
    [JobName.CallStepTimeout]: async ({ callSid }) => ({
      offers: (await this.dispatcher.escalate(callSid)).length,
    }),
    [JobName.CallOfferTimeout]: async ({ callSid, agentId }) => ({
      released: await this.dispatcher.offerTimedOut(callSid, agentId),
    }),
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly dispatcher: CallDispatcher,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      JobName.DispatchCalls,
      { every: SWEEP_EVERY_MS },
      'call-routing-sweep',
    );
  }
}
