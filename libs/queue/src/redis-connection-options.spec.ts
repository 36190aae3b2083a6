import { redisOptionsFromUrl } from './redis-connection-options';

describe('redisOptionsFromUrl', () => {
  it('turns a URL into ioredis options suitable for BullMQ workers', () => {
    expect(redisOptionsFromUrl('rediss://worker:s%40cret@cache.internal:6380/2')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'worker',
      password: 's@cret',
      db: 2,
      tls: {},
      maxRetriesPerRequest: null,
    });
    expect(redisOptionsFromUrl('redis://127.0.0.1')).toMatchObject({
      port: 6379,
      db: 0,
      tls: undefined,
    });
  });
});
