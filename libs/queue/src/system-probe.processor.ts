import { Processor } from '@nestjs/bullmq';
import { MetricsRegistry } from '@gru/observability';
import type { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { GruProcessor } from './gru-processor';
import type { JobPayload } from './job-payload';
import { QueueName } from './queue-name';

export type ProbePayload = JobPayload<{ durationMs?: number }>;

const MAX_PROBE_MS = 10 * 60 * 1000;

/**
 * Ops canary: proves the queue → worker → completion path, and with `durationMs` lets an operator
 * check that a deploy's SIGTERM drains running jobs instead of dropping them.
 */
@Processor(QueueName.System)
export class SystemProbeProcessor extends GruProcessor {
  constructor(metrics: MetricsRegistry) {
    super(metrics);
  }

  protected async handle(job: Job<ProbePayload>): Promise<{ requestId?: string; pid: number }> {
    const duration = Math.min(Math.max(job.data.durationMs ?? 0, 0), MAX_PROBE_MS);
    if (duration > 0) await sleep(duration);
    return { requestId: job.data.meta.requestId, pid: process.pid };
  }
}
