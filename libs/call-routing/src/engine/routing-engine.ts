import type { RoutingPool } from '../rules/routing-rules';
import type { RoutingPlan } from '../rules/routing-topology';
import { decideMatches } from '../policy/decide-matches';
import type {
  AgentPresence,
  AgentState,
  StepChange,
  WaitingCall,
} from '../policy/routing-snapshot';
import { effectiveStep, groupOf, routeOf } from '../policy/routing-steps';
import type {
  AgentRegistration,
  CallRoutingStore,
  FinishResult,
} from '../store/call-routing.store';
import { DispatchStateReader } from '../store/dispatch-state.reader';
import { RoutingStateReader } from '../store/routing-state.reader';
import { RoutingBoard, routingBoardOf } from './routing-board';

export interface IncomingCall {
  readonly callSid: string;
  readonly antennaId: string | null;
  readonly arrivedAt: number;
}

export interface EnqueueResult {
  /** false for a retry of a CallSid already known: nothing was changed. */
  readonly created: boolean;
  readonly step: number;
  readonly pool: RoutingPool;
  /** When the call's current step hands over; null on the last step. */
  readonly stepDeadline: number | null;
}

export interface MadeOffer {
  readonly callSid: string;
  readonly agentId: string;
  readonly tier: number;
  /** 1 for the first offer of the call, 2 after one no-answer, ... */
  readonly attempt: number;
  readonly deadline: number;
}

export interface DispatchOutcome {
  readonly offers: readonly MadeOffer[];
  /** Calls that moved to a later step in this round, with their next deadline. */
  readonly stepChanges: readonly StepChange[];
  /** Offers found ringing past their deadline and put back (their timeout job was lost). */
  readonly overdueOffers: readonly { callSid: string; agentId: string }[];
  readonly endedWrapUps: readonly string[];
  /** Claims another dispatcher won first (the call or the agent was taken meanwhile). */
  readonly conflicts: number;
}

/** The overdue-offer sweep leaves the offer-timeout job this much time to do it first. */
const OFFER_SWEEP_GRACE_MS = 5000;
/**
 * A round looks again after any match: claims lost to a concurrent dispatcher are retried, and
 * calls that waited for an agent just taken may now skip to their next step. A few passes at most.
 */
const MAX_PASSES = 5;

/**
 * The routing use cases on top of the Redis state, with the time passed in: the Nest dispatcher
 * calls them with the wall clock, the simulation with its simulated clock.
 */
export class RoutingEngine {
  readonly reader: RoutingStateReader;
  readonly dispatchReader: DispatchStateReader;

  constructor(
    readonly store: CallRoutingStore,
    readonly plan: RoutingPlan,
  ) {
    this.reader = new RoutingStateReader(store);
    this.dispatchReader = new DispatchStateReader(store, this.reader);
  }

  async registerAgent(agent: AgentRegistration, now: number): Promise<void> {
    await this.store.registerAgent(agent, groupOf(agent, this.plan.topology), now);
  }

  /** Idempotent per CallSid: Twilio retries a webhook with the same CallSid. */
  async enqueue(call: IncomingCall, now: number): Promise<EnqueueResult> {
    const known = await this.reader.call(call.callSid);
    if (known) return { created: false, ...this.position(known.step, known) };
    const agents = await this.reader.agents(
      await this.store.redis.smembers(this.store.keys.agents),
    );
    const start = { ...call, step: 0, stepStartedAt: call.arrivedAt };
    const initial = effectiveStep(
      start,
      agents.filter((agent) => agent.phoneSkill),
      this.plan,
      Math.max(now, call.arrivedAt),
    );
    const created = await this.store.enqueue({
      ...call,
      step: initial.step,
      stepStartedAt: initial.stepStartedAt,
    });
    const stored = created
      ? { ...call, ...initial }
      : ((await this.reader.call(call.callSid)) ?? { ...call, ...initial });
    return { created, ...this.position(stored.step, stored) };
  }

  /** One matching round: ends due wrap-ups, sweeps overdue offers, moves calls on, claims matches. */
  async dispatch(now: number): Promise<DispatchOutcome> {
    // Independent sweeps (each script is atomic): one round trip instead of two.
    const [endedWrapUps, overdueOffers] = await Promise.all([
      this.store.endExpiredWrapUps(now),
      this.store.overdueOffers(now - OFFER_SWEEP_GRACE_MS),
    ]);
    for (const offer of overdueOffers)
      await this.store.release(offer.callSid, offer.agentId, now, 'break');
    const offers: MadeOffer[] = [];
    const stepChanges = new Map<string, StepChange>();
    const deadline = now + this.plan.rules.offerTimeoutSeconds * 1000;
    let totalConflicts = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const state = await this.dispatchReader.read(now, this.plan);
      const decision = decideMatches(state, this.plan);
      // Where each call read is filed (antenna, step): the scripts move it between queues.
      const filed = new Map(state.waitingCalls.map((call) => [call.callSid, call]));
      for (const change of decision.stepChanges) {
        const call = filed.get(change.callSid) as WaitingCall;
        if (await this.store.advance(call, change.step, change.stepStartedAt)) {
          stepChanges.set(change.callSid, change);
          filed.set(change.callSid, { ...call, step: change.step });
        }
      }
      let conflicts = 0;
      for (const match of decision.matches) {
        const call = filed.get(match.callSid) as WaitingCall;
        const claim = await this.store.claim(call, match.agentId, deadline);
        if (claim.ok)
          offers.push({
            callSid: match.callSid,
            agentId: match.agentId,
            tier: match.tier,
            attempt: claim.offers,
            deadline,
          });
        else conflicts += 1;
      }
      totalConflicts += conflicts;
      // Another pass only helps when a claim was lost to a concurrent round or an agent was left
      // free; an agent who becomes available later enqueues a round of their own.
      const free = state.agents.filter(
        (agent) => agent.phoneSkill && agent.state === 'available',
      ).length;
      if (decision.matches.length === 0 || (conflicts === 0 && decision.matches.length >= free))
        break;
    }
    return {
      offers,
      stepChanges: [...stepChanges.values()],
      overdueOffers,
      endedWrapUps,
      conflicts: totalConflicts,
    };
  }

  /**
   * A step's timeout fired for this call: move it on (a round reads only the queue heads, so it may
   * not have) and report its new step, whose own timeout the caller arms; null when it has not moved.
   */
  async escalate(callSid: string, now: number): Promise<StepChange | null> {
    const call = await this.reader.call(callSid);
    if (call === null || call.status !== 'waiting') return null;
    const agents = await this.reader.agents(
      await this.store.redis.smembers(this.store.keys.agents),
    );
    const phoneAgents = agents.filter((agent) => agent.phoneSkill);
    const change = effectiveStep(call, phoneAgents, this.plan, now);
    if (change.step <= call.step) return null;
    return (await this.store.advance(call, change.step, change.stepStartedAt)) ? change : null;
  }

  /** The agent did not pick up: the call goes back with its original arrival, the agent to `break`. */
  offerTimedOut(callSid: string, agentId: string, now: number): Promise<boolean> {
    return this.store.release(callSid, agentId, now, 'break');
  }

  answered(callSid: string, agentId: string, now: number): Promise<boolean> {
    return this.store.connect(callSid, agentId, now);
  }

  /** Hang-up from either side; a caller who leaves before an answer is `abandoned` (or took a `callback`). */
  async ended(
    callSid: string,
    now: number,
    outcomeIfUnanswered: 'abandoned' | 'callback' = 'abandoned',
  ): Promise<FinishResult & { wrapUpUntil: number }> {
    const wrapUpUntil = now + this.plan.rules.wrapUpSeconds * 1000;
    return {
      ...(await this.store.finish(callSid, now, outcomeIfUnanswered, wrapUpUntil)),
      wrapUpUntil,
    };
  }

  /** A ringing agent who goes on break or offline gives the call back first (no penalty). */
  async setPresence(
    userId: string,
    presence: AgentPresence,
    now: number,
  ): Promise<{ state: AgentState | 'unknown'; changed: boolean }> {
    const result = await this.store.setPresence(userId, presence, now);
    if (result.state !== 'reserved' || (presence !== 'break' && presence !== 'offline'))
      return result;
    const agent = await this.reader.agent(userId);
    if (agent?.callSid && (await this.store.release(agent.callSid, userId, now, presence)))
      return { state: presence, changed: true };
    return this.store.setPresence(userId, presence, now);
  }

  async board(now: number): Promise<RoutingBoard> {
    const [state, active] = await Promise.all([
      this.reader.snapshot(now),
      this.reader.activeCalls(),
    ]);
    return routingBoardOf(state, active, this.plan);
  }

  private position(
    step: number,
    call: IncomingCall & { stepStartedAt: number },
  ): Omit<EnqueueResult, 'created'> {
    const route = routeOf(call, this.plan);
    const timeout = route[step].timeoutSeconds;
    return {
      step,
      pool: route[step].pool,
      stepDeadline: timeout === null ? null : call.stepStartedAt + timeout * 1000,
    };
  }
}
