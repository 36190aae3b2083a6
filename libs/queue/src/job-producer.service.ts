import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { currentRequestId } from '@gru/observability';
import type { JobsOptions, Queue, RepeatOptions } from 'bullmq';
import type { JobData, JobOf, PayloadFreeJob } from './job-payload';
import { JOB_QUEUES, JobName, QueueName } from './queue-name';

/**
 * The one way to enqueue: the job's name decides its payload type and its queue, and the current
 * request id is stamped so a job's logs join its request's.
 */
@Injectable()
export class JobProducer {
  constructor(private readonly modules: ModuleRef) {}

  async enqueue<N extends JobName>(
    name: N,
    data: JobOf<N>,
    options: JobsOptions = {},
  ): Promise<string> {
    const payload: JobData<N> = {
      ...data,
      meta: { requestId: currentRequestId(), enqueuedAt: new Date().toISOString() },
    };
    const job = await this.queue(JOB_QUEUES[name]).add(name, payload, options);
    return job.id as string;
  }

  /** Many jobs of one name in one round trip (BullMQ `addBulk`): a window of acknowledgements. */
  async enqueueMany<N extends JobName>(
    name: N,
    jobs: readonly { readonly data: JobOf<N>; readonly options?: JobsOptions }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const meta = { requestId: currentRequestId(), enqueuedAt: new Date().toISOString() };
    await this.queue(JOB_QUEUES[name]).addBulk(
      jobs.map((job) => {
        const data: JobData<N> = { ...job.data, meta };
        return { name, data, opts: job.options ?? {} };
      }),
    );
  }

  /** Creates or updates a repeatable job (idempotent per scheduler id); only payload-free jobs repeat. */
  async schedule(
    name: PayloadFreeJob,
    repeat: RepeatOptions,
    schedulerId: string = name,
  ): Promise<void> {
    await this.queue(JOB_QUEUES[name]).upsertJobScheduler(schedulerId, repeat, { name });
  }

  queue(name: QueueName): Queue {
    return this.modules.get<Queue>(getQueueToken(name), { strict: false });
  }
}
