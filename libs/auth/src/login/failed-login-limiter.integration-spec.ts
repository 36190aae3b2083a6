import { AppConfig, StaticAppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { FailedLoginLimiter } from './failed-login-limiter';

describe('FailedLoginLimiter (real Redis)', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let redis: RedisConnection;
  let limiter: FailedLoginLimiter;

  beforeAll(async () => {
    database = await createTestDatabase();
    config = new StaticAppConfig(testConfig(database.url));
    redis = new RedisConnection(config);
    limiter = new FailedLoginLimiter(redis, config);
  });

  afterAll(async () => {
    await deleteRedisKeys(config.values.redis.keyPrefix);
    await redis.onApplicationShutdown();
    await database.drop();
  });

  it('locks an address at the fifth failure within the window, for the configured time', async () => {
    for (let failure = 1; failure <= 4; failure += 1) expect(await limiter.recordFailure('a@gru.test')).toBe(0);
    expect(await limiter.recordFailure('a@gru.test')).toBe(900);
    const locked = await limiter.lockedForSeconds('a@gru.test');
    expect(locked).toBeGreaterThan(890);
    expect(locked).toBeLessThanOrEqual(900);
    expect(await limiter.lockedForSeconds('b@gru.test')).toBe(0);
  });

  it('forgets failures after a successful login', async () => {
    for (let failure = 1; failure <= 4; failure += 1) await limiter.recordFailure('c@gru.test');
    await limiter.reset('c@gru.test');
    expect(await limiter.recordFailure('c@gru.test')).toBe(0);
  });

  it('keeps its keys under the configured prefix and never stores the address in clear', async () => {
    await limiter.recordFailure('secret.person@gru.test');
    const keys = await redis.client.keys(`${config.values.redis.keyPrefix}:auth:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('secret.person');
  });
});
