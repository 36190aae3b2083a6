import type { DispatchOutcome, RoutingEngine } from '@gru/call-routing';
import { EventQueue } from './event-queue';
import type { SimulatedCall, SimulatedDay } from './simulated-day';

type DayEvent =
  | { readonly kind: 'arrival'; readonly call: SimulatedCall }
  | { readonly kind: 'answer'; readonly callSid: string; readonly agentId: string }
  | { readonly kind: 'hang-up'; readonly callSid: string }
  | {
      readonly kind: 'gives-up';
      readonly callSid: string;
      readonly outcome: 'abandoned' | 'callback';
    }
  | { readonly kind: 'look-again' }
  | { readonly kind: 'step-timeout'; readonly callSid: string }
  | { readonly kind: 'close' };

/** What happened to one caller, as the simulation saw it (checked against Redis afterwards). */
export interface CallRecord {
  answeredAt: number | null;
  agentId: string | null;
  outcome: 'completed' | 'abandoned' | 'callback' | null;
}

/**
 * Replays one day through the real routing engine on a simulated clock: callers arrive, wait,
 * give up or take a callback; agents ring, talk, wrap up. Every decision and every state change
 * is the production code's, in Redis. After closing time agents answer whoever is still waiting,
 * then sign off.
 */
export class PolicyDay {
  readonly records = new Map<string, CallRecord>();
  private readonly events = new EventQueue<DayEvent>();
  private readonly calls: ReadonlyMap<string, SimulatedCall>;
  private closing = false;
  private signedOff = false;

  constructor(
    private readonly engine: RoutingEngine,
    private readonly day: SimulatedDay,
    private readonly ringMs: number,
    private readonly callbackOfferAfterMs: number,
  ) {
    this.calls = new Map(day.calls.map((call) => [call.callSid, call]));
  }

  async run(): Promise<number> {
    for (const agent of this.day.staff) {
      await this.engine.registerAgent(agent, this.day.openAt);
      await this.engine.setPresence(agent.userId, 'available', this.day.openAt);
    }
    for (const call of this.day.calls) this.events.push(call.arrivedAt, { kind: 'arrival', call });
    this.events.push(this.day.closeAt, { kind: 'close' });
    let now = this.day.openAt;
    for (let next = this.events.pop(); next !== undefined; next = this.events.pop()) {
      now = next.at;
      if (await this.apply(next.event, now)) this.schedule(await this.engine.dispatch(now), now);
      if (
        this.closing &&
        !this.signedOff &&
        (await this.engine.store.redis.zcard(this.engine.store.keys.waiting)) === 0
      ) {
        this.signedOff = true;
        for (const agent of this.day.staff)
          await this.engine.setPresence(agent.userId, 'offline', now);
      }
    }
    return now;
  }

  /** Applies one event; true when it may have made a match possible. */
  private async apply(event: DayEvent, now: number): Promise<boolean> {
    switch (event.kind) {
      case 'arrival': {
        const { call } = event;
        this.records.set(call.callSid, { answeredAt: null, agentId: null, outcome: null });
        const queued = await this.engine.enqueue(call, now);
        if (queued.stepDeadline !== null)
          this.events.push(queued.stepDeadline, { kind: 'step-timeout', callSid: call.callSid });
        const givesUpAt = call.arrivedAt + call.patienceMs;
        const callbackAt = call.arrivedAt + this.callbackOfferAfterMs;
        if (call.acceptsCallback && callbackAt < givesUpAt)
          this.events.push(callbackAt, {
            kind: 'gives-up',
            callSid: call.callSid,
            outcome: 'callback',
          });
        else
          this.events.push(givesUpAt, {
            kind: 'gives-up',
            callSid: call.callSid,
            outcome: 'abandoned',
          });
        return true;
      }
      case 'answer': {
        if (!(await this.engine.answered(event.callSid, event.agentId, now))) return false;
        const record = this.records.get(event.callSid) as CallRecord;
        record.answeredAt = now;
        record.agentId = event.agentId;
        const { handlingMs } = this.calls.get(event.callSid) as SimulatedCall;
        this.events.push(now + handlingMs, { kind: 'hang-up', callSid: event.callSid });
        return false;
      }
      case 'hang-up': {
        const ended = await this.engine.ended(event.callSid, now);
        if (ended.ok) (this.records.get(event.callSid) as CallRecord).outcome = ended.outcome;
        this.events.push(ended.wrapUpUntil, { kind: 'look-again' });
        return false;
      }
      case 'gives-up': {
        // A caller in conversation is no longer waiting: their patience no longer matters.
        const record = this.records.get(event.callSid) as CallRecord;
        if (record.answeredAt !== null || record.outcome !== null) return false;
        const ended = await this.engine.ended(event.callSid, now, event.outcome);
        if (!ended.ok) return false;
        record.outcome = ended.outcome;
        return ended.agentId !== null;
      }
      case 'look-again':
        return true;
      case 'step-timeout': {
        // As the step-timeout job does: move this call on and arm its next timeout, then a round.
        const change = await this.engine.escalate(event.callSid, now);
        if (change !== null && change.deadline !== null)
          this.events.push(change.deadline, { kind: 'step-timeout', callSid: event.callSid });
        return true;
      }
      case 'close':
        this.closing = true;
        return false;
    }
  }

  private schedule(outcome: DispatchOutcome, now: number): void {
    for (const offer of outcome.offers)
      this.events.push(now + this.ringMs, {
        kind: 'answer',
        callSid: offer.callSid,
        agentId: offer.agentId,
      });
    for (const change of outcome.stepChanges) {
      if (change.deadline !== null)
        this.events.push(change.deadline, { kind: 'step-timeout', callSid: change.callSid });
    }
  }
}
