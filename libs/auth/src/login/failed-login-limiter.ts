import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { createHash } from 'node:crypto';

/** A granted attempt (`slot` 1..limit) or a refusal (`lockedForSeconds` > 0). */
export type AttemptReservation =
  | { readonly slot: number; readonly lockedForSeconds: 0 }
  | { readonly slot: 0; readonly lockedForSeconds: number };

/**
 * Atomically: refused while locked; otherwise counts the attempt and refuses it past the limit
 * (the attempts still being verified count, so parallel logins cannot outrun the counter).
 * KEYS: counter, lock. ARGV: limit, window seconds. Returns {slot, lock or counter ms left}.
 */
const RESERVE_ATTEMPT = `
local locked = redis.call('PTTL', KEYS[2])
if locked > 0 then return {0, locked} end
local slot = redis.call('INCR', KEYS[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if slot > tonumber(ARGV[1]) then return {0, math.max(redis.call('PTTL', KEYS[1]), 1000)} end
return {slot, 0}
`;

/**
 * Counts login attempts per email address (known or not, so a lock says nothing about whether an
 * account exists) and locks the address for a while once the limit of failures is reached. An
 * attempt takes its slot before the password is verified: at most `maxFailedLogins` passwords are
 * checked per window, however many requests arrive at once. Redis keeps the counters shared by
 * every API process.
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

  /** Takes an attempt slot before the password check, or says how long to wait. */
  async reserveAttempt(email: string): Promise<AttemptReservation> {
    const { maxFailedLogins, failedLoginWindowSeconds } = this.config.values.auth;
    const [slot, waitMs] = (await this.redis.client.eval(
      RESERVE_ATTEMPT,
      2,
      this.counterKey(email),
      this.lockKey(email),
      maxFailedLogins,
      failedLoginWindowSeconds,
    )) as [number, number];
    return slot > 0
      ? { slot, lockedForSeconds: 0 }
      : { slot: 0, lockedForSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** The attempt in `slot` failed: returns the lock duration when this failure triggered one. */
  async attemptFailed(email: string, slot: number): Promise<number> {
    const { maxFailedLogins, lockoutSeconds } = this.config.values.auth;
    if (slot < maxFailedLogins) return 0;
    await this.redis.client
      .multi()
      .set(this.lockKey(email), '1', 'EX', lockoutSeconds)
      .del(this.counterKey(email))
      .exec();
    return lockoutSeconds;
  }

  /** Records a failure outside a reserved attempt; returns the lock duration when it triggered one. */
  async recordFailure(email: string): Promise<number> {
    const reservation = await this.reserveAttempt(email);
    if (reservation.slot === 0) return reservation.lockedForSeconds;
    return this.attemptFailed(email, reservation.slot);
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
