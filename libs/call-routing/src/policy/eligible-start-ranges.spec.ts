import { agent, seconds, T0, testPlan, waitingCall } from '../testing/routing-plan.fixture';
import { decideMatches } from './decide-matches';
import { eligibleStartRanges, inStartRanges } from './eligible-start-ranges';
import { RoutingAgent, WaitingCall } from './routing-snapshot';
import { effectiveStep, tierOf } from './routing-steps';

const plan = testPlan();
const AREAS = ['amiens', 'laon', 'saint-quentin', 'arras', 'montdidier', 'siege-lille', null];

/** A small deterministic generator, so a failure replays. */
function randomOf(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('eligible step starts and decisions from the queue heads', () => {
  it('gives, for a queue and an agent, exactly the step starts at which the agent may take the call', () => {
    const agents = [
      agent('amiens-1', 'amiens', { state: 'on_call' }),
      agent('laon-1', 'laon', { state: 'break' }),
      agent('mobile-1', null, { state: 'wrap_up' }),
      agent('arras-1', 'arras'),
    ];
    const mismatches: string[] = [];
    for (const antennaId of AREAS) {
      for (const storedStep of [0, 1, 2]) {
        for (const taker of agents) {
          const ranges = eligibleStartRanges(antennaId, storedStep, taker, agents, plan, T0);
          for (let back = -5; back <= 200; back += 1) {
            const startedAt = T0 - seconds(back);
            const call = waitingCall('c', antennaId, startedAt, {
              step: storedStep,
              stepStartedAt: startedAt,
            });
            const { step } = effectiveStep(call, agents, plan, T0);
            if (inStartRanges(ranges, startedAt) !== (tierOf(call, step, taker, plan) !== null))
              mismatches.push(`${antennaId} step ${storedStep} ${taker.userId} -${back}s`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('matches the same calls to the same agents from the queue heads and totals as from every waiting call', () => {
    const random = randomOf(5);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
    for (let trial = 0; trial < 200; trial += 1) {
      const now = T0;
      const agents: RoutingAgent[] = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, n) =>
        agent(`a${n}`, pick(['amiens', 'laon', 'saint-quentin', 'arras', null]), {
          state: pick(['available', 'available', 'on_call', 'break', 'wrap_up'] as const),
          idleSince: now - seconds(Math.floor(random() * 3600)),
        }),
      );
      const calls: WaitingCall[] = Array.from({ length: Math.floor(random() * 40) }, (_, n) => {
        const arrivedAt = now - seconds(Math.floor(random() * 150));
        const step = pick([0, 0, 1, 2]);
        const stepStartedAt =
          step === 0 ? arrivedAt : arrivedAt + seconds(Math.floor(random() * 60));
        return waitingCall(`c${n}`, pick(AREAS), arrivedAt, { step, stepStartedAt });
      });
      const loads = new Map([['arras', { handledToday: 3, staffedSecondsToday: 3600 }]]);
      const full = decideMatches({ now, waitingCalls: calls, agents, loadByGroup: loads }, plan);

      // What DispatchStateReader keeps: per queue (antenna, step), the n oldest, and for each free
      // agent the n oldest it may take (n = agents free).
      const free = agents.filter((a) => a.state === 'available');
      const heads = new Set<WaitingCall>();
      const queues = new Map<string, WaitingCall[]>();
      for (const call of calls) {
        const key = `${call.antennaId}|${call.step}`;
        queues.set(key, [...(queues.get(key) ?? []), call]);
      }
      for (const queue of queues.values()) {
        const sorted = [...queue].sort((a, b) => a.arrivedAt - b.arrivedAt);
        sorted.slice(0, free.length).forEach((call) => heads.add(call));
        for (const taker of free) {
          const { antennaId, step } = sorted[0];
          const ranges = eligibleStartRanges(antennaId, step, taker, agents, plan, now);
          sorted
            .filter((call) => inStartRanges(ranges, call.stepStartedAt))
            .slice(0, free.length)
            .forEach((call) => heads.add(call));
        }
      }
      const totals = [...new Set(calls.map((call) => call.antennaId))].map((antennaId) => ({
        antennaId,
        count: calls.filter((call) => call.antennaId === antennaId).length,
      }));
      const fromHeads = decideMatches(
        { now, waitingCalls: [...heads], agents, loadByGroup: loads, waitingTotals: totals },
        plan,
      );
      expect(fromHeads.matches).toEqual(full.matches);
    }
  });
});
