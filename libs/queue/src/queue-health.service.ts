import { Injectable } from '@nestjs/common';
import type { JobType } from 'bullmq';
import { JobProducer } from './job-producer.service';
import { ALL_QUEUES, QueueName } from './queue-name';

export type QueueCounts = Record<'waiting' | 'active' | 'delayed' | 'failed', number>;

const COUNTED: JobType[] = ['waiting', 'active', 'delayed', 'failed'];

/** Per-queue backlog, for the worker's health endpoint and for dashboards. */
@Injectable()
export class QueueHealth {
  constructor(private readonly producer: JobProducer) {}

  async counts(): Promise<Record<QueueName, QueueCounts>> {
    const entries = await Promise.all(
      ALL_QUEUES.map(
        async (name) =>
          [
            name,
            (await this.producer.queue(name).getJobCounts(...COUNTED)) as QueueCounts,
          ] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<QueueName, QueueCounts>;
  }
}
