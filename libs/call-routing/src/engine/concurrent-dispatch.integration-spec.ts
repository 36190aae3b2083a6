import { currentRunId, deleteRedisKeys, redisPrefixOf, REDIS_SERVER_URL } from '@gru/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { CallRoutingStore } from '../store/call-routing.store';
import { T0, testPlan } from '../testing/routing-plan.fixture';
import { MadeOffer, RoutingEngine } from './routing-engine';

const DISPATCHERS = 4;
const CALLS = 200;
const ANTENNAS = ['amiens', 'laon', 'saint-quentin', 'arras', 'bassin-minier', 'cambrai'];
const CALLER_AREAS = [...ANTENNAS, 'montdidier', 'chateau-thierry', 'siege-lille', null];

/** Twenty agents: two in each of six antennas, eight in the mobile team. */
const AGENTS = [
  ...ANTENNAS.flatMap((antennaId) =>
    [1, 2].map((n) => ({
      userId: `${antennaId}-${n}`,
      antennaId,
      mobileTeam: false,
      phoneSkill: true,
    })),
  ),
  ...Array.from({ length: 8 }, (_, n) => ({
    userId: `mobile-${n}`,
    antennaId: null,
    mobileTeam: true,
    phoneSkill: true,
  })),
];

describe('several dispatchers racing on one routing state', () => {
  const prefix = `${redisPrefixOf(currentRunId())}_race_${randomBytes(3).toString('hex')}`;
  const connections = Array.from({ length: DISPATCHERS }, () => new Redis(REDIS_SERVER_URL));
  const engines = connections.map(
    (redis) =>
      new RoutingEngine(new CallRoutingStore(redis, prefix), testPlan({ wrapUpSeconds: 0 })),
  );

  afterAll(async () => {
    await deleteRedisKeys(prefix);
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  it('never double-books an agent, offers a call to one agent at a time and loses none (200 calls, 20 agents, 4 connections)', async () => {
    let clock = T0;
    const now = () => (clock += 100);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

    for (const agent of AGENTS) {
      await engines[0].registerAgent(agent, now());
      await engines[0].setPresence(agent.userId, 'available', now());
    }
    // Every call arrives through two dispatchers at once, as a Twilio retry would.
    const calls = Array.from({ length: CALLS }, (_, n) => ({
      callSid: `CA${String(n).padStart(4, '0')}`,
      antennaId: CALLER_AREAS[n % CALLER_AREAS.length],
      arrivedAt: T0 + n,
    }));
    const enqueued = await Promise.all(
      calls.flatMap((call, n) =>
        [engines[n % DISPATCHERS], engines[(n + 1) % DISPATCHERS]].map((engine) =>
          engine.enqueue(call, now()),
        ),
      ),
    );
    expect(enqueued.filter((result) => result.created)).toHaveLength(CALLS);

    const ringingAgentOfCall = new Map<string, string>();
    const ringingCallOfAgent = new Map<string, string>();
    const violations: string[] = [];
    const completed = new Set<string>();
    let offersMade = 0;
    let noAnswers = 0;
    let conflicts = 0;

    const start = (offer: MadeOffer) => {
      offersMade += 1;
      if (ringingCallOfAgent.has(offer.agentId)) violations.push(`${offer.agentId} double-booked`);
      if (ringingAgentOfCall.has(offer.callSid))
        violations.push(`${offer.callSid} offered twice at once`);
      if (completed.has(offer.callSid)) violations.push(`${offer.callSid} offered after it ended`);
      ringingCallOfAgent.set(offer.agentId, offer.callSid);
      ringingAgentOfCall.set(offer.callSid, offer.agentId);
    };
    // Forget the offer before the Redis write that frees the agent: from then on another dispatcher may take them.
    const stop = (offer: MadeOffer) => {
      ringingCallOfAgent.delete(offer.agentId);
      ringingAgentOfCall.delete(offer.callSid);
    };

    const work = async (engine: RoutingEngine) => {
      for (let round = 0; round < 20_000 && completed.size < CALLS; round += 1) {
        const { offers, conflicts: lost } = await engine.dispatch(now());
        conflicts += lost;
        offers.forEach(start);
        for (const offer of offers) {
          if (random() < 0.1) {
            noAnswers += 1;
            stop(offer);
            expect(await engine.offerTimedOut(offer.callSid, offer.agentId, now())).toBe(true);
            await engine.setPresence(offer.agentId, 'available', now());
          } else {
            expect(await engine.answered(offer.callSid, offer.agentId, now())).toBe(true);
            stop(offer);
            completed.add(offer.callSid);
            expect(await engine.ended(offer.callSid, now())).toMatchObject({
              ok: true,
              outcome: 'completed',
            });
          }
        }
        if (offers.length === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(engines.map(work));

    expect(violations).toEqual([]);
    expect(completed.size).toBe(CALLS);
    expect(noAnswers).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0);
    const stored = await engines[0].reader.calls(calls.map((call) => call.callSid));
    expect(stored.every((call) => call?.status === 'completed')).toBe(true);
    expect(stored.reduce((sum, call) => sum + (call?.offers ?? 0), 0)).toBe(offersMade);
    const board = await engines[0].board(now());
    expect(board.waiting).toEqual([]);
    expect(board.active).toEqual([]);
    expect(board.groups.reduce((sum, group) => sum + group.handledToday, 0)).toBe(CALLS);
  });
});
