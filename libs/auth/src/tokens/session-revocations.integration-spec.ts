import { StaticAppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { deleteRedisKeys, testConfig } from '@gru/testing';
import { SessionRevocations } from './session-revocations';

const USER = '6f1c2e0a-4d1b-4c3e-9a59-0c3f7b1d2e4a';

describe('session revocations in Redis', () => {
  const config = new StaticAppConfig(testConfig('postgres://unused/unused'));
  const redis = new RedisConnection(config);
  const revocations = new SessionRevocations(redis, config);

  afterAll(async () => {
    await deleteRedisKeys(config.values.redis.keyPrefix);
    await redis.onApplicationShutdown();
  });

  it('refuses the tokens signed before a change, all of them while the account is closed, for as long as a token lives', async () => {
    const changedAt = Date.now();
    expect(await revocations.refuses(USER, changedAt - 1)).toBe(false);
    await revocations.refreshClaims(USER, changedAt);
    expect(await revocations.refuses(USER, changedAt - 1)).toBe(true);
    expect(await revocations.refuses(USER, changedAt)).toBe(false);

    await revocations.close(USER);
    expect(await revocations.refuses(USER, Date.now() + 60_000)).toBe(true);
    // A change to a closed account does not reopen it.
    await revocations.refreshClaims(USER, Date.now());
    expect(await revocations.refuses(USER, Date.now() + 60_000)).toBe(true);

    const reopenedAt = Date.now();
    await revocations.reopen(USER, reopenedAt);
    expect(await revocations.refuses(USER, reopenedAt - 1)).toBe(true);
    expect(await revocations.refuses(USER, reopenedAt + 1)).toBe(false);

    const ttl = await redis.client.ttl(redis.key('auth', 'revoked-before', USER));
    const accessTokenTtl = config.values.auth.accessTokenTtlSeconds;
    expect(ttl).toBeGreaterThan(accessTokenTtl);
    expect(ttl).toBeLessThanOrEqual(accessTokenTtl + 60);
  });

  it('lets tokens live to their expiry when Redis cannot be read, rather than refusing everyone', async () => {
    const lost = new RedisConnection(config);
    lost.client.disconnect();
    // The first test left USER's mark: readable, it would refuse a token signed at 0.
    expect(await new SessionRevocations(lost, config).refuses(USER, 0)).toBe(false);
  });
});
