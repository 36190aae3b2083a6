import { currentRunId, deleteRedisKeys, redisPrefixOf, REDIS_SERVER_URL } from '@gru/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { CallRoutingStore } from '../store/call-routing.store';
import { seconds, T0, testPlan } from '../testing/routing-plan.fixture';
import { RoutingEngine } from './routing-engine';

describe('RoutingEngine on the real Redis', () => {
  let redis: Redis;
  let prefix: string;
  let engine: RoutingEngine;

  beforeAll(() => {
    redis = new Redis(REDIS_SERVER_URL);
  });

  beforeEach(() => {
    prefix = `${redisPrefixOf(currentRunId())}_routing_${randomBytes(3).toString('hex')}`;
    engine = new RoutingEngine(new CallRoutingStore(redis, prefix), testPlan());
  });

  afterEach(() => deleteRedisKeys(prefix));

  afterAll(() => redis.quit());

  async function staff(agents: [string, string | null][], at = T0 - seconds(3600)): Promise<void> {
    for (const [userId, antennaId] of agents) {
      await engine.registerAgent(
        { userId, antennaId, mobileTeam: antennaId === null, phoneSkill: true },
        at,
      );
      await engine.setPresence(userId, 'available', at);
    }
  }

  const offered = async (now: number) =>
    (await engine.dispatch(now)).offers.map((offer) => [offer.callSid, offer.agentId]);

  it('enqueues a CallSid once: a Twilio retry changes nothing', async () => {
    await staff([['amiens-1', 'amiens']]);
    await engine.setPresence('amiens-1', 'break', T0);
    const first = await engine.enqueue({ callSid: 'CA1', antennaId: 'amiens', arrivedAt: T0 }, T0);
    const retry = await engine.enqueue(
      { callSid: 'CA1', antennaId: 'arras', arrivedAt: T0 + seconds(5) },
      T0 + seconds(5),
    );
    expect(first).toMatchObject({ created: true });
    expect(retry).toMatchObject({ created: false, step: first.step, pool: first.pool });
    expect(await redis.zrange(`${prefix}:waiting`, 0, -1, 'WITHSCORES')).toEqual([
      'CA1',
      String(T0),
    ]);
    expect(await engine.reader.call('CA1')).toMatchObject({
      antennaId: 'amiens',
      arrivedAt: T0,
      status: 'waiting',
    });
  });

  it("offers a call to its own antenna's agent before the longer-idle mobile team", async () => {
    await staff([['mobile-1', null]], T0 - seconds(7200));
    await staff([['amiens-1', 'amiens']]);
    await engine.enqueue({ callSid: 'CA1', antennaId: 'amiens', arrivedAt: T0 }, T0);
    expect(await offered(T0)).toEqual([['CA1', 'amiens-1']]);
    expect(await engine.reader.agent('amiens-1')).toMatchObject({
      state: 'reserved',
      callSid: 'CA1',
    });
    expect(await engine.reader.call('CA1')).toMatchObject({
      status: 'offered',
      agentId: 'amiens-1',
      offerDeadline: T0 + seconds(20),
    });
  });

  it('gives an overflow call that waited past its timeout to the paired antenna before that antenna’s newer local call', async () => {
    await staff([
      ['laon-1', 'laon'],
      ['sq-1', 'saint-quentin'],
    ]);
    await engine.enqueue({ callSid: 'CA-laon-0', antennaId: 'laon', arrivedAt: T0 }, T0);
    await engine.enqueue({ callSid: 'CA-sq-0', antennaId: 'saint-quentin', arrivedAt: T0 }, T0);
    expect(await offered(T0)).toEqual([
      ['CA-laon-0', 'laon-1'],
      ['CA-sq-0', 'sq-1'],
    ]);
    await engine.answered('CA-laon-0', 'laon-1', T0 + seconds(2));
    await engine.answered('CA-sq-0', 'sq-1', T0 + seconds(2));

    await engine.enqueue(
      { callSid: 'CA-laon-old', antennaId: 'laon', arrivedAt: T0 + seconds(10) },
      T0 + seconds(10),
    );
    await engine.enqueue(
      { callSid: 'CA-sq-new', antennaId: 'saint-quentin', arrivedAt: T0 + seconds(20) },
      T0 + seconds(20),
    );
    expect(await offered(T0 + seconds(30))).toEqual([]);
    expect(await engine.ended('CA-sq-0', T0 + seconds(35))).toMatchObject({
      ok: true,
      outcome: 'completed',
      agentId: 'sq-1',
    });
    expect(await engine.reader.agent('sq-1')).toMatchObject({
      state: 'wrap_up',
      wrapUpUntil: T0 + seconds(95),
    });

    // Laon's caller has waited 30 s for Laon: Saint-Quentin (its pair) takes them before its own newer caller.
    await engine.setPresence('sq-1', 'available', T0 + seconds(45));
    const round = await engine.dispatch(T0 + seconds(45));
    expect(round.offers.map((offer) => [offer.callSid, offer.agentId, offer.tier])).toEqual([
      ['CA-laon-old', 'sq-1', 1],
    ]);
    expect(round.stepChanges).toEqual([
      {
        callSid: 'CA-laon-old',
        step: 1,
        stepStartedAt: T0 + seconds(40),
        deadline: T0 + seconds(100),
      },
    ]);
    expect((await engine.board(T0 + seconds(45))).waiting).toEqual([
      expect.objectContaining({ callSid: 'CA-sq-new', step: 0, pool: 'own-antenna' }),
    ]);
  });

  it('shares an overflow call to the antenna with the fewest handled calls per staffed hour', async () => {
    await staff(
      [
        ['arras-1', 'arras'],
        ['cambrai-1', 'cambrai'],
      ],
      T0 - seconds(7200),
    );
    for (let index = 0; index < 3; index += 1) {
      const at = T0 - seconds(3000 - index * 600);
      await engine.enqueue({ callSid: `CA-arras-${index}`, antennaId: 'arras', arrivedAt: at }, at);
      expect(await offered(at)).toEqual([[`CA-arras-${index}`, 'arras-1']]);
      await engine.answered(`CA-arras-${index}`, 'arras-1', at + seconds(2));
      await engine.ended(`CA-arras-${index}`, at + seconds(200));
      await engine.setPresence('arras-1', 'available', at + seconds(260));
    }
    const board = await engine.board(T0);
    expect(board.groups.map((group) => [group.group, group.handledToday])).toEqual([
      ['cambrai', 0],
      ['arras', 3],
    ]);
    // Arras has been idle the longest, yet Cambrai is further below its share.
    await engine.enqueue({ callSid: 'CA-lille', antennaId: 'siege-lille', arrivedAt: T0 }, T0);
    expect(await offered(T0)).toEqual([['CA-lille', 'cambrai-1']]);
  });

  it('puts an unanswered call back with its original arrival, ahead of newer calls, and the agent on break', async () => {
    await staff([
      ['mobile-1', null],
      ['mobile-2', null],
    ]);
    await engine.setPresence('mobile-2', 'break', T0);
    await engine.enqueue({ callSid: 'CA-first', antennaId: null, arrivedAt: T0 }, T0);
    expect(await offered(T0)).toEqual([['CA-first', 'mobile-1']]);
    await engine.enqueue(
      { callSid: 'CA-second', antennaId: null, arrivedAt: T0 + seconds(5) },
      T0 + seconds(5),
    );

    expect(await engine.offerTimedOut('CA-first', 'mobile-1', T0 + seconds(20))).toBe(true);
    expect(await engine.offerTimedOut('CA-first', 'mobile-1', T0 + seconds(21))).toBe(false);
    expect(await engine.reader.agent('mobile-1')).toMatchObject({ state: 'break', callSid: null });
    expect(await engine.reader.call('CA-first')).toMatchObject({
      status: 'waiting',
      arrivedAt: T0,
      offers: 1,
      agentId: null,
    });
    expect(await redis.zscore(`${prefix}:waiting`, 'CA-first')).toBe(String(T0));

    await engine.setPresence('mobile-2', 'available', T0 + seconds(30));
    expect(await offered(T0 + seconds(30))).toEqual([['CA-first', 'mobile-2']]);
    expect(await engine.answered('CA-first', 'mobile-1', T0 + seconds(31))).toBe(false);
    expect(await engine.answered('CA-first', 'mobile-2', T0 + seconds(31))).toBe(true);
  });
});
