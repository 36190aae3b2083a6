import type { ThrottlerStorage } from '@nestjs/throttler';
import { RedisConnection } from '@gru/redis';
import { createHash } from 'node:crypto';

/**
 * Fixed window per key, with a block once the limit is passed. KEYS: hits, block. ARGV: window ms,
 * limit, block ms. Returns {hits, window ms left, block ms left}.
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local blocked = redis.call('PTTL', KEYS[2])
if blocked <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return {hits, redis.call('PTTL', KEYS[1]), blocked}
`;

/** @nestjs/throttler's counters in the shared Redis, so every API process sees the same limits. */
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly redis: RedisConnection) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ) {
    const id = createHash('sha256').update(key).digest('hex');
    const [totalHits, windowMs, blockMs] = (await this.redis.client.eval(
      INCREMENT,
      2,
      this.redis.key('throttle', throttlerName, id),
      this.redis.key('throttle', throttlerName, id, 'blocked'),
      ttl,
      limit,
      blockDuration,
    )) as [number, number, number];
    return {
      totalHits,
      timeToExpire: Math.max(0, Math.ceil(windowMs / 1000)),
      isBlocked: blockMs > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }
}
