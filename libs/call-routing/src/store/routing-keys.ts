import { REGION_TIME_ZONE } from '@gru/calendar';
import { DateTime } from 'luxon';

/**
 * Key layout of one routing domain, all under one prefix (`<REDIS_PREFIX>:call-routing` in the
 * app, a throw-away prefix in tests and the simulation). Every script receives each key it touches
 * in KEYS, so wrapping the prefix in a hash tag would be all Redis Cluster needs.
 */
export class RoutingKeys {
  constructor(readonly prefix: string) {}

  /** Hash: antennaId, arrivedAt, step, stepStartedAt, status, agent, offerDeadline, offers, answeredAt, endedAt. */
  call(callSid: string): string {
    return `${this.prefix}:call:${callSid}`;
  }

  /** Hash: antennaId, mobileTeam, phoneSkill, group, state, idleSince, staffedSince, call, after, wrapUpUntil. */
  agent(userId: string): string {
    return `${this.prefix}:agent:${userId}`;
  }

  /** Set of registered agent ids. */
  get agents(): string {
    return `${this.prefix}:agents`;
  }

  /** Sorted set of waiting calls, scored by original arrival. */
  get waiting(): string {
    return `${this.prefix}:waiting`;
  }

  /**
   * Sorted set of the waiting calls of one caller antenna (null: none) at one stored step, scored by
   * original arrival: a dispatch round reads only the heads of these, never the whole queue.
   */
  queue(antennaId: string | null, step: number): string {
    return `${this.prefix}:queue:${antennaId ?? ''}:${step}`;
  }

  /** Set of the caller antennas ('' for none) that ever had a queue: the round's list of queues. */
  get queues(): string {
    return `${this.prefix}:queues`;
  }

  /** Sorted set of ringing calls, scored by offer deadline (the safety sweep reads it). */
  get offered(): string {
    return `${this.prefix}:offered`;
  }

  /** Sorted set of calls in conversation, scored by answer time. */
  get connected(): string {
    return `${this.prefix}:connected`;
  }

  /** Sorted set of available agents, scored by idle-since. */
  get available(): string {
    return `${this.prefix}:available`;
  }

  /** Sorted set of agents in wrap-up, scored by the end of their wrap-up. */
  get wrapUp(): string {
    return `${this.prefix}:wrap-up`;
  }

  /** Hash group → calls answered that Paris day. */
  handled(day: string): string {
    return `${this.prefix}:day:${day}:handled`;
  }

  /** Hash group → staffed milliseconds booked that Paris day (intervals still open are added on read). */
  staffed(day: string): string {
    return `${this.prefix}:day:${day}:staffed`;
  }
}

/** The Paris day of an instant and when it began: daily counters reset at local midnight. */
export function parisDay(now: number): { readonly day: string; readonly start: number } {
  const local = DateTime.fromMillis(now, { zone: REGION_TIME_ZONE });
  return { day: local.toISODate() as string, start: local.startOf('day').toMillis() };
}
