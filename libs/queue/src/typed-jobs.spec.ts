import { Logger } from '@nestjs/common';
import { MetricsRegistry } from '@gru/observability';
import type { Job } from 'bullmq';
import { GruProcessor, JobHandlers } from './gru-processor';
import type { JobProducer } from './job-producer.service';
import { ALL_QUEUES, JOB_QUEUES, JobName, QueueName } from './queue-name';

/** Records what each handler received, typed by the one map of payloads (no cast anywhere). */
class RoutingDouble extends GruProcessor<QueueName.CallRouting> {
  readonly seen: string[] = [];
  protected readonly handlers: JobHandlers<QueueName.CallRouting> = {
    [JobName.DispatchCalls]: () => this.saw('dispatch'),
    [JobName.CallStepTimeout]: ({ callSid, step }) =>
      this.saw(`step ${callSid} ${step.toFixed(0)}`),
    [JobName.CallOfferTimeout]: ({ callSid, agentId }) => this.saw(`offer ${callSid} ${agentId}`),
  };

  private saw(what: string): Promise<string> {
    this.seen.push(what);
    return Promise.resolve(what);
  }
}

const job = (name: string, data: object) =>
  ({ name, data, id: '1', attemptsMade: 0, queueName: QueueName.CallRouting }) as unknown as Job;

declare const producer: JobProducer;

/**
 * Never run: `npm run typecheck` compiles it, and each `@ts-expect-error` fails the type check
 * unless the line below it is an error. This is what "a wrong payload does not compile" means.
 */
function wrongPayloadsDoNotCompile(): void {
  void producer.enqueue(JobName.SendCitizenMessage, { messageId: 'm-1' });
  void producer.enqueue(JobName.NotifyStaff, {
    userId: 'u-1',
    kind: 'request-overdue',
    requestId: 'r-1',
  });
  void producer.enqueue(JobName.DispatchCalls, {});
  void producer.schedule(JobName.WatchDueDates, { every: 60_000 });

  // @ts-expect-error -- send-citizen-message carries a messageId, not a requestId
  void producer.enqueue(JobName.SendCitizenMessage, { requestId: 'r-1' });
  // @ts-expect-error -- notify-staff needs the request it is about
  void producer.enqueue(JobName.NotifyStaff, { userId: 'u-1', kind: 'request-overdue' });
  // @ts-expect-error -- not a kind of staff alert
  void producer.enqueue(JobName.NotifyStaff, { userId: 'u-1', kind: 'birthday', requestId: 'r-1' });
  // @ts-expect-error -- a step is a number
  void producer.enqueue(JobName.CallStepTimeout, { callSid: 'CA1', step: '0' });
  // @ts-expect-error -- a dispatch round carries nothing
  void producer.enqueue(JobName.DispatchCalls, { callSid: 'CA1' });
  // @ts-expect-error -- only jobs without a payload can repeat on a schedule
  void producer.schedule(JobName.SendCitizenMessage, { every: 60_000 });

  const _notifications: JobHandlers<QueueName.Notifications> = {
    [JobName.NotifyStaff]: ({ requestId }) => Promise.resolve(requestId),
    // @ts-expect-error -- a citizen message job has no requestId to read
    [JobName.SendCitizenMessage]: ({ requestId }) => Promise.resolve(requestId),
  };
  // @ts-expect-error -- every job of the queue needs its handler: offer-timeout is missing
  const _incomplete: JobHandlers<QueueName.CallRouting> = {
    [JobName.DispatchCalls]: () => Promise.resolve(),
    [JobName.CallStepTimeout]: () => Promise.resolve(),
  };
  const _foreign: JobHandlers<QueueName.Sessions> = {
    [JobName.PurgeExpiredSessions]: () => Promise.resolve(),
    // @ts-expect-error -- probe runs on the system queue, not on sessions
    [JobName.Probe]: () => Promise.resolve(),
  };
}

describe('typed jobs (one map from job name to payload and queue)', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  afterAll(() => {
    Logger.overrideLogger(['log', 'warn', 'error']);
  });

  it('puts every job name on a known queue', () => {
    expect(Object.keys(JOB_QUEUES).sort()).toEqual(Object.values(JobName).sort());
    for (const queue of Object.values(JOB_QUEUES)) expect(ALL_QUEUES).toContain(queue);
    expect(typeof wrongPayloadsDoNotCompile).toBe('function');
  });

  it('hands each job to the handler of its name, with its payload', async () => {
    const processor = new RoutingDouble(new MetricsRegistry());
    await processor.process(
      job(JobName.CallStepTimeout, { callSid: 'CA1', step: 1, meta: { enqueuedAt: 'now' } }),
    );
    await processor.process(job(JobName.CallOfferTimeout, { callSid: 'CA1', agentId: 'agent-1' }));
    // A scheduler's job carries no data at all.
    await processor.process(job(JobName.DispatchCalls, undefined as unknown as object));
    expect(processor.seen).toEqual(['step CA1 1', 'offer CA1 agent-1', 'dispatch']);
  });

  it('refuses a job name its queue does not have', async () => {
    const processor = new RoutingDouble(new MetricsRegistry());
    await expect(processor.process(job(JobName.Probe, {}))).rejects.toThrow(
      'Unknown job probe on call-routing',
    );
    await expect(processor.process(job('toString', {}))).rejects.toThrow('Unknown job toString');
  });
});
