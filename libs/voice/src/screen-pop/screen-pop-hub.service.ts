import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { RedisConnection } from '@gru/redis';
import type Redis from 'ioredis';

export interface ScreenPopMessage {
  readonly event: string;
  readonly data: unknown;
}

type Listener = (message: ScreenPopMessage) => void;

/**
 * The process's one Redis subscriber for screen pops, fanned out in memory to the open event
 * streams: a channel is subscribed while at least one stream listens to it. Named
 * `gru-screen-pop:<REDIS_PREFIX>` in `CLIENT LIST`.
 */
@Injectable()
export class ScreenPopHub implements OnApplicationShutdown {
  private readonly logger = new Logger(ScreenPopHub.name);
  private subscriber?: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly subscriptions = new Map<string, Promise<unknown>>();

  constructor(private readonly redis: RedisConnection) {}

  /** Resolves once the channel is subscribed; the returned function stops listening. */
  async listen(channel: string, listener: Listener): Promise<() => void> {
    const subscriber = this.connection();
    let listeners = this.listeners.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(channel, listeners);
      this.subscriptions.set(channel, subscriber.subscribe(channel));
    }
    listeners.add(listener);
    const stop = () => this.stop(channel, listener);
    try {
      await this.subscriptions.get(channel);
    } catch (error) {
      stop();
      throw error;
    }
    return stop;
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
    this.subscriber = undefined;
  }

  private stop(channel: string, listener: Listener): void {
    const listeners = this.listeners.get(channel);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.listeners.delete(channel);
    this.subscriptions.delete(channel);
    this.subscriber?.unsubscribe(channel).catch(() => undefined);
  }

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    const subscriber = this.redis.client.duplicate({
      connectionName: `gru-screen-pop:${this.redis.key()}`,
    });
    subscriber.on('error', () => undefined);
    subscriber.on('message', (channel: string, payload: string) => {
      let message: ScreenPopMessage;
      try {
        message = JSON.parse(payload) as ScreenPopMessage;
      } catch {
        this.logger.warn({ channel }, 'unreadable screen-pop message dropped');
        return;
      }
      for (const listener of this.listeners.get(channel) ?? []) listener(message);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}
