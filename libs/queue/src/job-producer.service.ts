import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { currentRequestId } from '@gru/observability';
import type { JobsOptions, Queue } from 'bullmq';
import type { JobPayload } from './job-payload';
import { JobName, QueueName } from './queue-name';

/** The one way to enqueue: stamps the current request id so a job's logs join its request's. */
@Injectable()
export class JobProducer {
  constructor(private readonly modules: ModuleRef) {}

  async enqueue<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    options: JobsOptions = {},
  ): Promise<string> {
    const payload: JobPayload<T> = {
      ...data,
      meta: { requestId: currentRequestId(), enqueuedAt: new Date().toISOString() },
    };
    const job = await this.queue(queue).add(name, payload, options);
    return job.id as string;
  }

  queue(name: QueueName): Queue {
    return this.modules.get<Queue>(getQueueToken(name), { strict: false });
  }
}
