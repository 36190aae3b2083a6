import type {
  AgentState,
  GroupLoad,
  RoutingAgent,
  RoutingSnapshot,
  WaitingCall,
} from '../policy/routing-snapshot';
import { STAFFED_STATES } from '../policy/routing-snapshot';
import type { CallRoutingStore } from './call-routing.store';
import { parisDay } from './routing-keys';

export type CallStatus =
  'waiting' | 'offered' | 'connected' | 'completed' | 'abandoned' | 'callback';

export interface StoredCall extends WaitingCall {
  readonly status: CallStatus;
  readonly agentId: string | null;
  readonly offerDeadline: number | null;
  /** How many times the call has been offered (a no-answer puts it back). */
  readonly offers: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
}

export interface StoredAgent extends RoutingAgent {
  readonly group: string;
  readonly callSid: string | null;
  /** The call the agent last finished in conversation: the one a wrap-up is for. */
  readonly lastCallSid: string | null;
  readonly wrapUpUntil: number | null;
  readonly staffedSince: number | null;
}

export interface RoutingState extends RoutingSnapshot {
  readonly agents: readonly StoredAgent[];
}

export interface DayCounters {
  readonly handled: Record<string, string>;
  readonly staffed: Record<string, string>;
}

/** The fair-share load of each group: booked staffed time plus the intervals still open. */
export function loadByGroupOf(
  now: number,
  agents: readonly StoredAgent[],
  { handled, staffed }: DayCounters,
): Map<string, GroupLoad> {
  const { start } = parisDay(now);
  const staffedMs = new Map(Object.entries(staffed).map(([group, ms]) => [group, Number(ms)]));
  for (const agent of agents) {
    if (!agent.phoneSkill || agent.staffedSince === null || !STAFFED_STATES.includes(agent.state))
      continue;
    const open = Math.max(0, now - Math.max(agent.staffedSince, start));
    staffedMs.set(agent.group, (staffedMs.get(agent.group) ?? 0) + open);
  }
  const groups = new Set([...Object.keys(handled), ...staffedMs.keys()]);
  return new Map<string, GroupLoad>(
    [...groups].map((group) => [
      group,
      {
        handledToday: Number(handled[group] ?? 0),
        staffedSecondsToday: (staffedMs.get(group) ?? 0) / 1000,
      },
    ]),
  );
}

const numberOrNull = (value: string | undefined) =>
  value === undefined || value === '' ? null : Number(value);

/**
 * Plain reads of the routing state (pipelined, not atomic): the decision works on this picture and
 * the claim script re-checks it, so a stale picture costs a failed claim, never a wrong match.
 */
export class RoutingStateReader {
  constructor(private readonly store: CallRoutingStore) {}

  /** Every waiting call and every agent: for the board. A dispatch round reads less (DispatchStateReader). */
  async snapshot(now: number): Promise<RoutingState> {
    const { redis, keys } = this.store;
    const [waitingSids, agentIds, counters] = await Promise.all([
      redis.zrange(keys.waiting, 0, -1),
      redis.smembers(keys.agents),
      this.dayCounters(now),
    ]);
    const [calls, agents] = await Promise.all([this.calls(waitingSids), this.agents(agentIds)]);
    return {
      now,
      waitingCalls: calls.filter(
        (call): call is StoredCall => call !== null && call.status === 'waiting',
      ),
      agents: agents,
      loadByGroup: loadByGroupOf(now, agents, counters),
    };
  }

  /** Calls answered and staffed time booked per group, that Paris day. */
  async dayCounters(now: number): Promise<DayCounters> {
    const { redis, keys } = this.store;
    const { day } = parisDay(now);
    const [handled, staffed] = await Promise.all([
      redis.hgetall(keys.handled(day)),
      redis.hgetall(keys.staffed(day)),
    ]);
    return { handled, staffed };
  }

  async call(callSid: string): Promise<StoredCall | null> {
    return (await this.calls([callSid]))[0];
  }

  async calls(callSids: readonly string[]): Promise<(StoredCall | null)[]> {
    if (callSids.length === 0) return [];
    const pipeline = this.store.redis.pipeline();
    for (const sid of callSids) pipeline.hgetall(this.store.keys.call(sid));
    const replies = (await pipeline.exec()) ?? [];
    return replies.map(([error, fields]) => {
      if (error) throw error;
      const hash = fields as Record<string, string>;
      if (!hash.status) return null;
      return {
        callSid: hash.callSid,
        antennaId: hash.antennaId === '' ? null : hash.antennaId,
        arrivedAt: Number(hash.arrivedAt),
        step: Number(hash.step),
        stepStartedAt: Number(hash.stepStartedAt),
        status: hash.status as CallStatus,
        agentId: hash.agent ? hash.agent : null,
        offerDeadline: numberOrNull(hash.offerDeadline),
        offers: Number(hash.offers ?? 0),
        answeredAt: numberOrNull(hash.answeredAt),
        endedAt: numberOrNull(hash.endedAt),
      };
    });
  }

  /** Calls ringing or in conversation, for dashboards. */
  async activeCalls(): Promise<StoredCall[]> {
    const { redis, keys } = this.store;
    const [offered, connected] = await Promise.all([
      redis.zrange(keys.offered, 0, -1),
      redis.zrange(keys.connected, 0, -1),
    ]);
    return (await this.calls([...offered, ...connected])).filter(
      (call): call is StoredCall => call !== null,
    );
  }

  async agent(userId: string): Promise<StoredAgent | null> {
    return (await this.agents([userId]))[0] ?? null;
  }

  async agents(userIds: readonly string[]): Promise<StoredAgent[]> {
    if (userIds.length === 0) return [];
    const pipeline = this.store.redis.pipeline();
    for (const id of userIds) pipeline.hgetall(this.store.keys.agent(id));
    const replies = (await pipeline.exec()) ?? [];
    return replies.flatMap(([error, fields]) => {
      if (error) throw error;
      const hash = fields as Record<string, string>;
      if (!hash.state) return [];
      return [
        {
          userId: hash.userId,
          antennaId: hash.antennaId === '' ? null : hash.antennaId,
          mobileTeam: hash.mobileTeam === '1',
          phoneSkill: hash.phoneSkill === '1',
          state: hash.state as AgentState,
          idleSince: Number(hash.idleSince ?? 0),
          group: hash.group,
          callSid: hash.call ? hash.call : null,
          lastCallSid: hash.lastCall ? hash.lastCall : null,
          wrapUpUntil: numberOrNull(hash.wrapUpUntil),
          staffedSince: numberOrNull(hash.staffedSince),
        },
      ];
    });
  }
}
