import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MetricsRegistry, runWithRequestId } from '@gru/observability';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { JobPayload } from './job-payload';

/**
 * Base of every processor: runs the job inside its originating request's context (so its logs
 * carry the same request id) and counts outcomes. Subclasses implement `handle`, which must be
 * safe to run twice: a job interrupted by a shutdown is retried.
 */
export abstract class GruProcessor extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  constructor(private readonly metrics: MetricsRegistry) {
    super();
  }

  protected abstract handle(job: Job<JobPayload<object>>): Promise<unknown>;

  process(job: Job<JobPayload<object>>): Promise<unknown> {
    const requestId = job.data.meta?.requestId ?? `job-${job.id ?? randomUUID()}`;
    return runWithRequestId(requestId, () => {
      this.logger.log(
        { job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 },
        'job started',
      );
      return this.handle(job);
    });
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
