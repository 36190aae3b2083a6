import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import Redis from 'ioredis';

/**
 * The process's general-purpose Redis client (BullMQ opens its own). Every key goes through
 * `key()`, so test runs and deployments sharing a server never collide.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;
  private readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = config.values.redis.keyPrefix;
    this.client = new Redis(config.values.redis.url, {
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      connectionName: 'gru-app',
    });
    // Connection errors surface through the health check and failed commands; an unhandled
    // 'error' event would otherwise crash the process while Redis restarts.
    this.client.on('error', () => undefined);
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT on a client that is reconnecting would wait in the offline queue forever.
    if (this.client.status === 'ready')
      await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }
}
