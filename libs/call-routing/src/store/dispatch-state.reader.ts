import type { RoutingPlan } from '../rules/routing-topology';
import { eligibleStartRanges, inStartRanges, StartRange } from '../policy/eligible-start-ranges';
import type { WaitingTotal } from '../policy/routing-snapshot';
import { routeOf } from '../policy/routing-steps';
import type { CallRoutingStore } from './call-routing.store';
import {
  loadByGroupOf,
  RoutingState,
  RoutingStateReader,
  StoredCall,
} from './routing-state.reader';

export interface DispatchState extends RoutingState {
  readonly waitingTotals: readonly WaitingTotal[];
}

interface Queue {
  readonly antennaId: string | null;
  readonly step: number;
  readonly key: string;
  readonly count: number;
  /** Per kind of free agent, the step starts it may take in this queue. */
  readonly ranges: readonly StartRange[][];
}

const isEverything = (ranges: readonly StartRange[]) =>
  ranges.length === 1 && ranges[0].from === -Infinity && ranges[0].to === Infinity;
const scoreOf = (value: number, exclusive: boolean) =>
  value === -Infinity ? '-inf' : value === Infinity ? '+inf' : `${exclusive ? '(' : ''}${value}`;

/**
 * What a dispatch round reads: every agent, the day's counters, the length of each queue (one per
 * caller antenna and stored step, see `RoutingKeys.queue`) and, in each, only the calls a free
 * agent could be given: with n agents free, the n oldest, plus the n oldest each kind of free agent
 * may take (a range of arrivals at step 0, whose step start is the arrival). Nobody free: no call
 * is read. So a round costs the agents and the queues involved, not the number of waiting calls
 * (`decideMatches` explains why the heads give the same matches).
 */
export class DispatchStateReader {
  constructor(
    private readonly store: CallRoutingStore,
    private readonly reader: RoutingStateReader,
  ) {}

  async read(now: number, plan: RoutingPlan): Promise<DispatchState> {
    const { redis, keys } = this.store;
    const [agentIds, antennas] = await Promise.all([
      redis.smembers(keys.agents),
      redis.smembers(keys.queues),
    ]);
    const filed = antennas.flatMap((token) => {
      const antennaId = token === '' ? null : token;
      return routeOf({ antennaId }, plan).map((_, step) => ({
        antennaId,
        step,
        key: keys.queue(antennaId, step),
      }));
    });
    const counting = redis.pipeline();
    for (const queue of filed) counting.zcard(queue.key);
    const [agents, counts, counters] = await Promise.all([
      this.reader.agents(agentIds),
      filed.length === 0 ? [] : counting.exec(),
      this.reader.dayCounters(now),
    ]);
    const totals = new Map<string | null, number>();
    const countOf = (index: number) => Number((counts ?? [])[index]?.[1] ?? 0);
    filed.forEach((queue, index) =>
      totals.set(queue.antennaId, (totals.get(queue.antennaId) ?? 0) + countOf(index)),
    );
    const phoneAgents = agents.filter((agent) => agent.phoneSkill);
    const kinds = [
      ...new Map(
        phoneAgents
          .filter((agent) => agent.state === 'available')
          .map((agent) => [`${agent.antennaId ?? ''}|${agent.mobileTeam}`, agent]),
      ).values(),
    ];
    const free = phoneAgents.filter((agent) => agent.state === 'available').length;
    const queues: Queue[] = filed.flatMap((queue, index) =>
      countOf(index) === 0 || free === 0
        ? []
        : [
            {
              ...queue,
              count: countOf(index),
              ranges: kinds.map((kind) =>
                eligibleStartRanges(queue.antennaId, queue.step, kind, phoneAgents, plan, now),
              ),
            },
          ],
    );
    const calls = await this.heads(queues, free);
    return {
      now,
      waitingCalls: calls,
      agents,
      loadByGroup: loadByGroupOf(now, agents, counters),
      waitingTotals: [...totals].map(([antennaId, count]) => ({ antennaId, count })),
    };
  }

  private async heads(queues: readonly Queue[], free: number): Promise<StoredCall[]> {
    if (queues.length === 0) return [];
    const { redis } = this.store;
    const reading = redis.pipeline();
    for (const queue of queues) {
      reading.zrange(queue.key, 0, free - 1);
      if (queue.step > 0) continue;
      const partial = queue.ranges.filter((ranges) => !isEverything(ranges)).flat();
      const distinct = new Map(partial.map((range) => [`${range.from}/${range.to}`, range]));
      for (const range of distinct.values())
        reading.zrangebyscore(
          queue.key,
          scoreOf(range.from, true),
          scoreOf(range.to, false),
          'LIMIT',
          0,
          free,
        );
    }
    const sids = new Set(
      ((await reading.exec()) ?? []).flatMap(([error, reply]) => {
        if (error) throw error;
        return reply as string[];
      }),
    );
    const byCallSid = new Map<string, StoredCall>();
    const add = async (callSids: Iterable<string>) => {
      const unread = [...callSids].filter((sid) => !byCallSid.has(sid));
      for (const call of await this.reader.calls(unread))
        if (call !== null && call.status === 'waiting') byCallSid.set(call.callSid, call);
    };
    await add(sids);
    // After step 0 the step start is not the arrival: page on while a kind of free agent may find
    // more calls it could take, until it has `free` of them (calls that entered the step lately).
    for (const queue of queues) {
      const partial = queue.ranges.filter((ranges) => ranges.length > 0 && !isEverything(ranges));
      if (queue.step === 0 || partial.length === 0) continue;
      for (let offset = free; offset < queue.count; offset += free) {
        const filedHere = [...byCallSid.values()].filter(
          (call) => call.antennaId === queue.antennaId && call.step === queue.step,
        );
        const wanting = partial.some(
          (ranges) =>
            filedHere.filter((call) => inStartRanges(ranges, call.stepStartedAt)).length < free,
        );
        if (!wanting) break;
        await add(await redis.zrange(queue.key, offset, offset + free - 1));
      }
    }
    return [...byCallSid.values()];
  }
}
