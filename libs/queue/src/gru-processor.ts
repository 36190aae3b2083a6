import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MetricsRegistry, runWithRequestId } from '@gru/observability';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { JobData, JobMeta } from './job-payload';
import { JobName, JobsOf, QueueName } from './queue-name';

/** Handles one job, given its payload as typed by `JobPayloads`. */
export type JobHandler<N extends JobName> = (
  data: JobData<N>,
  job: Job<JobData<N>>,
) => Promise<unknown>;

/** One handler per job of the queue: a job added to the queue without a handler does not compile. */
export type JobHandlers<Q extends QueueName> = { readonly [N in JobsOf<Q>]: JobHandler<N> };

type UntypedHandler = (data: unknown, job: Job) => Promise<unknown>;

/**
 * Base of every processor: runs the job inside its originating request's context (so its logs
 * carry the same request id), hands it to the handler of its name and counts outcomes. Handlers
 * must be safe to run twice: a job interrupted by a shutdown is retried.
 */
export abstract class GruProcessor<Q extends QueueName> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  protected abstract readonly handlers: JobHandlers<Q>;

  constructor(private readonly metrics: MetricsRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    const meta = (job.data as { meta?: JobMeta } | undefined)?.meta;
    const requestId = meta?.requestId ?? `job-${job.id ?? randomUUID()}`;
    return runWithRequestId(requestId, () => {
      this.logger.log(
        { job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 },
        'job started',
      );
      return this.run(job);
    });
  }

  private async run(job: Job): Promise<unknown> {
    // The one place where Redis data meets the types: the name picks the handler, and producers
    // can only have written that name's payload (JobProducer.enqueue).
    const handlers = this.handlers as unknown as Readonly<Record<string, UntypedHandler>>;
    if (!Object.hasOwn(handlers, job.name))
      throw new Error(`Unknown job ${job.name} on ${job.queueName}`);
    return handlers[job.name](job.data ?? {}, job);
  }

  @OnWorkerEvent('completed')
  onCompleted(job: Job): void {
    this.metrics.jobsProcessed.inc({ queue: job.queueName, job: job.name, outcome: 'completed' });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    if (!job) return;
    this.metrics.jobsProcessed.inc({ queue: job.queueName, job: job.name, outcome: 'failed' });
    this.logger.warn(
      { job: job.name, jobId: job.id, attempt: job.attemptsMade, err: error.message },
      'job failed',
    );
  }
}
