import Redis from 'ioredis';
import { REDIS_SERVER_URL } from './test-run';

/** Deletes every key under a prefix (SCAN, never KEYS, so a shared server is not blocked). */
export async function deleteRedisKeys(prefix: string, url = REDIS_SERVER_URL): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
