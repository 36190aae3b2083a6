import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { createHash } from 'node:crypto';

/**
 * Counts failed logins per email address (known or not, so a lock says nothing about whether an
 * account exists) and locks the address for a while past the threshold. Redis keeps the counters
 * shared by every API process.
 */
@Injectable()
export class FailedLoginLimiter {
  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** Seconds until the lock lifts, or 0 when the address may try again. */
  async lockedForSeconds(email: string): Promise<number> {
    const ttl = await this.redis.client.pttl(this.lockKey(email));
    return ttl > 0 ? Math.ceil(ttl / 1000) : 0;
  }

  /** Records a failure; returns the lock duration when this failure triggered one. */
  async recordFailure(email: string): Promise<number> {
    const { maxFailedLogins, failedLoginWindowSeconds, lockoutSeconds } = this.config.values.auth;
    const counterKey = this.counterKey(email);
    const [[, failures]] = (await this.redis.client
      .multi()
      .incr(counterKey)
      .expire(counterKey, failedLoginWindowSeconds, 'NX')
      .exec()) as [[Error | null, number], [Error | null, number]];
    if (failures < maxFailedLogins) return 0;
    await this.redis.client
      .multi()
      .set(this.lockKey(email), '1', 'EX', lockoutSeconds)
      .del(counterKey)
      .exec();
    return lockoutSeconds;
  }

  async reset(email: string): Promise<void> {
    await this.redis.client.del(this.counterKey(email), this.lockKey(email));
  }

  private counterKey(email: string): string {
    return this.redis.key('auth', 'failed-logins', digest(email));
  }

  private lockKey(email: string): string {
    return this.redis.key('auth', 'locked', digest(email));
  }
}

function digest(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}
