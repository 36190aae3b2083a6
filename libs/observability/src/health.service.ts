import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { DataSource } from 'typeorm';

export type DependencyState = 'up' | 'down';

export interface HealthReport {
  readonly status: 'ok' | 'error';
  readonly db: DependencyState;
  readonly redis: DependencyState;
}

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const timeout = this.config.values.health.probeTimeoutMs;
    const [db, redis] = await Promise.all([
      this.probe(() => this.dataSource.query('SELECT 1'), timeout),
      this.probe(() => this.redis.client.ping(), timeout),
    ]);
    return { status: db === 'up' && redis === 'up' ? 'ok' : 'error', db, redis };
  }

  private async probe(call: () => Promise<unknown>, timeout: number): Promise<DependencyState> {
    try {
      await withTimeout(call(), timeout);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
