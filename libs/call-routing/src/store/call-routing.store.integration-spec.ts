import { currentRunId, deleteRedisKeys, redisPrefixOf, REDIS_SERVER_URL } from '@gru/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { RoutingEngine } from '../engine/routing-engine';
import { seconds, T0, testPlan } from '../testing/routing-plan.fixture';
import { CallRoutingStore } from './call-routing.store';

describe('routing state scripts (presence, hang-ups, wrap-up, staffed time)', () => {
  let redis: Redis;
  let prefix: string;
  let engine: RoutingEngine;

  beforeAll(() => {
    redis = new Redis(REDIS_SERVER_URL);
  });

  beforeEach(async () => {
    prefix = `${redisPrefixOf(currentRunId())}_routing_${randomBytes(3).toString('hex')}`;
    engine = new RoutingEngine(new CallRoutingStore(redis, prefix), testPlan());
    await engine.registerAgent(
      { userId: 'm1', antennaId: null, mobileTeam: true, phoneSkill: true },
      T0,
    );
    await engine.setPresence('m1', 'available', T0);
  });

  afterEach(() => deleteRedisKeys(prefix));

  afterAll(() => redis.quit());

  const ring = async (callSid: string, at: number) => {
    await engine.enqueue({ callSid, antennaId: null, arrivedAt: at }, at);
    return (await engine.dispatch(at)).offers;
  };

  it('starts new agents offline and refuses presences only the routing sets', async () => {
    await engine.registerAgent(
      { userId: 'a1', antennaId: 'amiens', mobileTeam: false, phoneSkill: true },
      T0,
    );
    expect(await engine.reader.agent('a1')).toMatchObject({ state: 'offline', group: 'amiens' });
    expect(await engine.setPresence('a1', 'on_call', T0)).toEqual({
      state: 'offline',
      changed: false,
    });
    expect(await engine.setPresence('nobody', 'available', T0)).toEqual({
      state: 'unknown',
      changed: false,
    });
  });

  it('frees a ringing agent, in their place in the idle order, when the caller hangs up', async () => {
    expect(await ring('CA1', T0 + seconds(10))).toHaveLength(1);
    expect(await engine.ended('CA1', T0 + seconds(12))).toMatchObject({
      ok: true,
      outcome: 'abandoned',
      agentId: 'm1',
    });
    expect(await engine.reader.agent('m1')).toMatchObject({ state: 'available', idleSince: T0 });
    expect(await engine.ended('CA1', T0 + seconds(13))).toEqual(
      expect.objectContaining({ ok: false, status: 'abandoned' }),
    );
  });

  it('records a callback choice and leaves a finished call readable for a day', async () => {
    await engine.setPresence('m1', 'break', T0);
    await ring('CA1', T0);
    expect(await engine.ended('CA1', T0 + seconds(120), 'callback')).toMatchObject({
      ok: true,
      outcome: 'callback',
      agentId: null,
    });
    expect(await redis.ttl(`${prefix}:call:CA1`)).toBeGreaterThan(23 * 3600);
    expect(await redis.zcard(`${prefix}:waiting`)).toBe(0);
  });

  it('puts the agent in wrap-up after a call, then back to available when it ends; a presence asked on a call applies after', async () => {
    await ring('CA1', T0);
    await engine.answered('CA1', 'm1', T0 + seconds(3));
    expect(await engine.answered('CA1', 'm1', T0 + seconds(4))).toBe(true);
    expect(await engine.setPresence('m1', 'break', T0 + seconds(100))).toEqual({
      state: 'on_call',
      changed: false,
    });
    await engine.ended('CA1', T0 + seconds(300));
    expect((await engine.dispatch(T0 + seconds(359))).endedWrapUps).toEqual([]);
    expect((await engine.dispatch(T0 + seconds(400))).endedWrapUps).toEqual(['m1']);
    expect(await engine.reader.agent('m1')).toMatchObject({ state: 'break' });

    await engine.setPresence('m1', 'available', T0 + seconds(500));
    await ring('CA2', T0 + seconds(500));
    await engine.answered('CA2', 'm1', T0 + seconds(503));
    await engine.ended('CA2', T0 + seconds(600));
    await engine.dispatch(T0 + seconds(700));
    expect(await engine.reader.agent('m1')).toMatchObject({
      state: 'available',
      idleSince: T0 + seconds(660),
    });
  });

  it('gives a ringing call back when its agent goes on break', async () => {
    await ring('CA1', T0);
    expect(await engine.setPresence('m1', 'break', T0 + seconds(5))).toEqual({
      state: 'break',
      changed: true,
    });
    expect(await engine.reader.call('CA1')).toMatchObject({ status: 'waiting', arrivedAt: T0 });
  });

  it('files a call waiting from before the queues existed, so the next round can offer it', async () => {
    await redis.hset(`${prefix}:call:CAold`, {
      callSid: 'CAold',
      antennaId: '',
      arrivedAt: T0,
      step: 0,
      stepStartedAt: T0,
      status: 'waiting',
      offers: 0,
      agent: '',
    });
    await redis.zadd(`${prefix}:waiting`, T0, 'CAold');
    expect(await engine.store.refileWaiting()).toBe(1);
    expect(await engine.store.refileWaiting()).toBe(0);
    expect((await engine.dispatch(T0 + seconds(1))).offers).toEqual([
      expect.objectContaining({ callSid: 'CAold', agentId: 'm1' }),
    ]);
  });

  it('counts staffed phone time per group and day, not break or offline time', async () => {
    await engine.setPresence('m1', 'break', T0 + seconds(1800));
    await engine.setPresence('m1', 'available', T0 + seconds(2400));
    const board = await engine.board(T0 + seconds(3000));
    expect(board.groups).toEqual([
      expect.objectContaining({
        group: 'equipe-mobile',
        handledToday: 0,
        staffedSecondsToday: 2400,
      }),
    ]);
  });
});
