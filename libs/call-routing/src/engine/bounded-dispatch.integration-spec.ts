import {
  currentRunId,
  deleteRedisKeys,
  redisCommandsDuring,
  redisPrefixOf,
  REDIS_SERVER_URL,
} from '@gru/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { CallRoutingStore } from '../store/call-routing.store';
import { seconds, T0, testPlan } from '../testing/routing-plan.fixture';
import { RoutingEngine } from './routing-engine';

const CALLER_AREAS = ['amiens', 'laon', 'siege-lille', null];

describe('a dispatch round reads the queue heads, not every waiting call', () => {
  let redis: Redis;
  let prefix: string;
  let engine: RoutingEngine;

  beforeAll(() => {
    redis = new Redis(REDIS_SERVER_URL);
  });

  beforeEach(() => {
    prefix = `${redisPrefixOf(currentRunId())}_bounded_${randomBytes(3).toString('hex')}`;
    engine = new RoutingEngine(new CallRoutingStore(redis, prefix), testPlan());
  });

  afterEach(() => deleteRedisKeys(prefix));

  afterAll(() => redis.quit());

  async function roundWith(waiting: number) {
    for (const [userId, antennaId] of [
      ['amiens-1', 'amiens'],
      ['arras-1', 'arras'],
      ['mobile-1', null],
    ] as const) {
      await engine.registerAgent(
        { userId, antennaId, mobileTeam: antennaId === null, phoneSkill: true },
        T0 - seconds(3600),
      );
      await engine.setPresence(userId, 'available', T0 - seconds(3600));
      await engine.setPresence(userId, 'break', T0 - seconds(600));
    }
    // Calls spread over the last 10 minutes: most have reached the region, the youngest have not.
    for (let n = 0; n < waiting; n += 1) {
      const arrivedAt = T0 - seconds(600) + Math.floor((n * seconds(600)) / waiting);
      await engine.enqueue(
        { callSid: `CA${n}`, antennaId: CALLER_AREAS[n % CALLER_AREAS.length], arrivedAt },
        arrivedAt,
      );
    }
    await engine.setPresence('arras-1', 'available', T0);
    let offers: string[] = [];
    const commands = await redisCommandsDuring(prefix, async () => {
      offers = (await engine.dispatch(T0)).offers.map((offer) => offer.callSid);
    });
    const callsRead = new Set(
      commands
        .filter(([name, key]) => name.toLowerCase() === 'hgetall' && key.includes(':call:'))
        .map(([, key]) => key),
    );
    return { offers, commands, callsRead };
  }

  it('issues the same Redis commands with 400 calls waiting as with 20, and reads only a few call records', async () => {
    const small = await roundWith(20);
    await deleteRedisKeys(prefix);
    const large = await roundWith(400);

    // Arras is free: the oldest call, from Amiens's queue, long past its own and paired steps.
    expect(small.offers).toEqual(['CA0']);
    expect(large.offers).toEqual(['CA0']);
    // A script runs as EVALSHA, or EVAL the first time this Redis sees it.
    const shape = (commands: string[][]) =>
      commands.map(([name, key]) =>
        name.toLowerCase().startsWith('eval')
          ? 'script'
          : `${name.toLowerCase()} ${key.replace(/:CA\d+$/, ':CA*')}`,
      );
    expect(shape(large.commands)).toEqual(shape(small.commands));
    // One free agent: at most the head of each of the 7 queues (4 caller areas, 2 or 3 steps each)
    // and the oldest call it may take in each, per pass.
    expect(large.callsRead.size).toBeLessThanOrEqual(14);
    const wholeReads = large.commands.filter(
      ([name, , , stop]) =>
        ['zrange', 'zrangebyscore'].includes(name.toLowerCase()) && stop === '-1',
    );
    expect(wholeReads).toEqual([]);
    expect(await redis.zcard(`${prefix}:waiting`)).toBe(399);
  });

  it('reads no call at all when nobody is free', async () => {
    await engine.registerAgent(
      { userId: 'mobile-1', antennaId: null, mobileTeam: true, phoneSkill: true },
      T0,
    );
    for (let n = 0; n < 50; n += 1)
      await engine.enqueue({ callSid: `CA${n}`, antennaId: null, arrivedAt: T0 + n }, T0 + n);
    const commands = await redisCommandsDuring(prefix, () => engine.dispatch(T0 + seconds(5)));
    expect(commands.filter(([, key]) => key.includes(':call:'))).toEqual([]);
  });
});
