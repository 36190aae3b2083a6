import { Processor } from '@nestjs/bullmq';
import { MetricsRegistry } from '@gru/observability';
import { setTimeout as sleep } from 'node:timers/promises';
import { GruProcessor, JobHandlers } from './gru-processor';
import type { JobData } from './job-payload';
import { JobName, QueueName } from './queue-name';

export type ProbePayload = JobData<JobName.Probe>;

const MAX_PROBE_MS = 10 * 60 * 1000;

/**
 * Ops canary: proves the queue → worker → completion path, and with `durationMs` lets an operator
 * check that a deploy's SIGTERM drains running jobs instead of dropping them.
 */
@Processor(QueueName.System)
export class SystemProbeProcessor extends GruProcessor<QueueName.System> {
  protected readonly handlers: JobHandlers<QueueName.System> = {
    [JobName.Probe]: (data) => this.probe(data),
  };

  constructor(metrics: MetricsRegistry) {
    super(metrics);
  }

  private async probe(data: ProbePayload): Promise<{ requestId?: string; pid: number }> {
    const duration = Math.min(Math.max(data.durationMs ?? 0, 0), MAX_PROBE_MS);
    if (duration > 0) await sleep(duration);
    return { requestId: data.meta?.requestId, pid: process.pid };
  }
}
