import type Redis from 'ioredis';
import type { AgentPresence, AgentState } from '../policy/routing-snapshot';
import { parisDay, RoutingKeys } from './routing-keys';
import { ROUTING_SCRIPTS } from './routing-scripts';

type ScriptReply = [number, string | number];
type Command = (...args: (string | number)[]) => Promise<unknown>;
type RoutingCommands = Record<keyof typeof ROUTING_SCRIPTS, Command>;

export interface AgentRegistration {
  readonly userId: string;
  /** null for the mobile team, which belongs to no antenna. */
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
  readonly phoneSkill: boolean;
}

export interface NewCall {
  readonly callSid: string;
  readonly antennaId: string | null;
  readonly arrivedAt: number;
  readonly step: number;
  readonly stepStartedAt: number;
}

/** Where a waiting call is filed: its caller antenna's queue at its stored step. */
export interface QueuedCallRef {
  readonly callSid: string;
  readonly antennaId: string | null;
  readonly step: number;
}

export type ClaimResult =
  { readonly ok: true; readonly offers: number } | { readonly ok: false; readonly reason: string };
export type CallOutcome = 'completed' | 'abandoned' | 'callback';
export type FinishResult =
  | { readonly ok: true; readonly outcome: CallOutcome; readonly agentId: string | null }
  | { readonly ok: false; readonly status: string };

/** Finished calls stay readable this long: a late Twilio retry still finds them and creates nothing. */
const FINISHED_CALL_RETENTION_SECONDS = 24 * 3600;

/**
 * The routing state in Redis: every mutation is one Lua script, so it holds with any number of
 * processes and survives their restarts. Reads for the decision are plain (see RoutingStateReader):
 * a stale read only makes a claim fail, never a double booking.
 */
export class CallRoutingStore {
  readonly keys: RoutingKeys;
  private readonly commands: RoutingCommands;

  constructor(
    readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = new RoutingKeys(prefix);
    for (const [name, script] of Object.entries(ROUTING_SCRIPTS)) {
      redis.defineCommand(name, { numberOfKeys: script.numberOfKeys, lua: script.lua });
    }
    this.commands = redis as unknown as RoutingCommands;
  }

  async registerAgent(agent: AgentRegistration, group: string, now: number): Promise<void> {
    const { keys } = this;
    await this.commands.routingRegister(
      keys.agent(agent.userId),
      keys.agents,
      keys.available,
      agent.userId,
      agent.antennaId ?? '',
      agent.mobileTeam ? '1' : '0',
      agent.phoneSkill ? '1' : '0',
      group,
      now,
    );
  }

  /** false when the CallSid is already known (a Twilio retry): nothing changes. */
  async enqueue(call: NewCall): Promise<boolean> {
    const created = await this.commands.routingEnqueue(
      this.keys.call(call.callSid),
      this.keys.waiting,
      this.keys.queue(call.antennaId, call.step),
      this.keys.queues,
      call.callSid,
      call.antennaId ?? '',
      call.arrivedAt,
      call.step,
      call.stepStartedAt,
    );
    return created === 1;
  }

  /** false when the call is no longer waiting at `call.step` (moved on meanwhile, or taken). */
  async advance(call: QueuedCallRef, step: number, stepStartedAt: number): Promise<boolean> {
    const { keys } = this;
    const moved = await this.commands.routingAdvance(
      keys.call(call.callSid),
      keys.queue(call.antennaId, call.step),
      keys.queue(call.antennaId, step),
      step,
      stepStartedAt,
      call.step,
      call.callSid,
    );
    return moved === 1;
  }

  /** `call.step` is the step the caller read: a call moved on meanwhile is a lost claim. */
  async claim(call: QueuedCallRef, agentId: string, deadline: number): Promise<ClaimResult> {
    const { keys } = this;
    const [ok, detail] = (await this.commands.routingClaim(
      keys.call(call.callSid),
      keys.agent(agentId),
      keys.waiting,
      keys.available,
      keys.offered,
      keys.queue(call.antennaId, call.step),
      call.callSid,
      agentId,
      deadline,
      call.step,
    )) as ScriptReply;
    return ok === 1 ? { ok: true, offers: Number(detail) } : { ok: false, reason: String(detail) };
  }

  /** Puts an offered call back (original arrival) and moves the agent to `next`. false when stale. */
  async release(
    callSid: string,
    agentId: string,
    now: number,
    next: 'break' | 'available' | 'offline',
  ): Promise<boolean> {
    const { keys } = this;
    const { day, start } = parisDay(now);
    // The queue key must be known before the script runs; if the step changed meanwhile, read again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const filed = await this.filing(callSid);
      if (filed === null) return false;
      const done = await this.commands.routingRelease(
        keys.call(callSid),
        keys.agent(agentId),
        keys.waiting,
        keys.available,
        keys.offered,
        keys.staffed(day),
        keys.queue(filed.antennaId, filed.step),
        callSid,
        agentId,
        now,
        start,
        next,
        filed.step,
      );
      if (done !== -1) return done === 1;
    }
    return false;
  }

  /** true when the call is (now or already) connected to this agent. */
  async connect(callSid: string, agentId: string, now: number): Promise<boolean> {
    const { keys } = this;
    const done = await this.commands.routingConnect(
      keys.call(callSid),
      keys.agent(agentId),
      keys.offered,
      keys.connected,
      keys.handled(parisDay(now).day),
      callSid,
      agentId,
      now,
    );
    return done === 1 || done === 2;
  }

  /** The call is over, whatever its state; `outcomeIfUnanswered` says why a caller left before an answer. */
  async finish(
    callSid: string,
    now: number,
    outcomeIfUnanswered: 'abandoned' | 'callback',
    wrapUpUntil: number,
  ): Promise<FinishResult> {
    const { keys } = this;
    const { day, start } = parisDay(now);
    // The agent and queue keys must be known before the script runs; if they changed meanwhile, read again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const [agent, antennaId, step] = await this.redis.hmget(
        keys.call(callSid),
        'agent',
        'antennaId',
        'step',
      );
      const agentId = agent ?? '';
      const [ok, detail] = (await this.commands.routingFinish(
        keys.call(callSid),
        keys.agent(agentId),
        keys.waiting,
        keys.offered,
        keys.connected,
        keys.available,
        keys.wrapUp,
        keys.staffed(day),
        keys.queue(antennaId || null, Number(step ?? 0)),
        callSid,
        agentId,
        now,
        start,
        outcomeIfUnanswered,
        wrapUpUntil,
        FINISHED_CALL_RETENTION_SECONDS,
        step ?? '',
      )) as ScriptReply;
      if (ok === 1)
        return {
          ok: true,
          outcome: detail as CallOutcome,
          agentId: agentId === '' ? null : agentId,
        };
      if (ok === 0) return { ok: false, status: String(detail) };
    }
    return { ok: false, status: 'contended' };
  }

  async setPresence(
    agentId: string,
    presence: AgentPresence,
    now: number,
  ): Promise<{ state: AgentState | 'unknown'; changed: boolean }> {
    return this.presence(agentId, presence, now, 'set');
  }

  /** Ends the wrap-ups due by `now`; returns the agents who left wrap-up. */
  async endExpiredWrapUps(now: number): Promise<string[]> {
    const due = await this.redis.zrangebyscore(this.keys.wrapUp, '-inf', now);
    const ended: string[] = [];
    for (const agentId of due) {
      if ((await this.presence(agentId, 'available', now, 'wrap-up-ended')).changed)
        ended.push(agentId);
    }
    return ended;
  }

  /** Offers still ringing past `before`: their timeout job was lost or is late. */
  async overdueOffers(before: number): Promise<{ callSid: string; agentId: string }[]> {
    const sids = await this.redis.zrangebyscore(this.keys.offered, '-inf', before);
    const agents = await Promise.all(
      sids.map((sid) => this.redis.hget(this.keys.call(sid), 'agent')),
    );
    return sids.flatMap((callSid, index) =>
      agents[index] ? [{ callSid, agentId: agents[index] }] : [],
    );
  }

  /**
   * Files waiting calls left outside their antenna's queue by a version without queues; reads the
   * whole waiting set, so it runs once at boot, never per round. Returns how many it filed.
   */
  async refileWaiting(): Promise<number> {
    let filed = 0;
    for (const callSid of await this.redis.zrange(this.keys.waiting, 0, -1)) {
      const call = await this.filing(callSid);
      if (call === null) continue;
      const added = await this.commands.routingRefile(
        this.keys.call(callSid),
        this.keys.queue(call.antennaId, call.step),
        this.keys.queues,
        callSid,
        call.step,
        call.antennaId ?? '',
      );
      filed += Number(added);
    }
    return filed;
  }

  /** Deletes every key of this routing domain (tests and the simulation). */
  async deleteAll(): Promise<number> {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(
        cursor,
        'MATCH',
        `${this.keys.prefix}:*`,
        'COUNT',
        1000,
      );
      cursor = next;
      if (keys.length > 0) deleted += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  }

  /** A call's caller antenna and stored step, which name its queue; null for an unknown call. */
  private async filing(
    callSid: string,
  ): Promise<{ antennaId: string | null; step: number } | null> {
    const [antennaId, step] = await this.redis.hmget(this.keys.call(callSid), 'antennaId', 'step');
    return step === null ? null : { antennaId: antennaId || null, step: Number(step) };
  }

  private async presence(
    agentId: string,
    presence: AgentPresence,
    now: number,
    mode: 'set' | 'wrap-up-ended',
  ) {
    const { keys } = this;
    const { day, start } = parisDay(now);
    const [state, changed] = (await this.commands.routingPresence(
      keys.agent(agentId),
      keys.available,
      keys.wrapUp,
      keys.staffed(day),
      agentId,
      presence,
      now,
      start,
      mode,
    )) as [AgentState | 'unknown', number];
    return { state, changed: changed === 1 };
  }
}
