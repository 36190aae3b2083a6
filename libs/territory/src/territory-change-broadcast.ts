import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { RedisConnection } from '@gru/redis';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { TerritoryService } from './territory.service';

/**
 * Several API and worker processes each hold the territory index in memory: a perimeter change
 * made through one of them is announced on Redis, and every other process rebuilds its index.
 */
@Injectable()
export class TerritoryChangeBroadcast implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TerritoryChangeBroadcast.name);
  private readonly instance = randomUUID();
  private subscriber?: Redis;

  constructor(
    private readonly redis: RedisConnection,
    private readonly territory: TerritoryService,
  ) {}

  private get channel(): string {
    return this.redis.key('territory', 'changed');
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.client.duplicate({ connectionName: 'gru-territory-subscriber' });
    // A Redis outage only delays other processes' refresh; ioredis resubscribes on reconnect.
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', (_channel: string, sender: string) => {
      if (sender === this.instance) return;
      this.territory
        .refresh()
        .catch((error: Error) =>
          this.logger.error({ err: error.message }, 'territory refresh after a broadcast failed'),
        );
    });
    await this.subscriber
      .subscribe(this.channel)
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'territory change subscription pending'),
      );
  }

  async announce(): Promise<void> {
    await this.redis.client
      .publish(this.channel, this.instance)
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'territory change not announced'),
      );
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }
}
