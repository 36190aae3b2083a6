import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { NotFoundException } from '@gru/errors';
import { JobName, JobProducer } from '@gru/queue';
import { RedisConnection } from '@gru/redis';
import { TerritoryService } from '@gru/territory';
import { RoutingBoard } from '../engine/routing-board';
import { EnqueueResult, MadeOffer, RoutingEngine } from '../engine/routing-engine';
import type { AgentPresence, AgentState } from '../policy/routing-snapshot';
import { loadRoutingRules, RoutingRules } from '../rules/routing-rules';
import { AgentRegistration, CallRoutingStore, FinishResult } from '../store/call-routing.store';
import type { StoredCall } from '../store/routing-state.reader';
import { CallOfferPort } from './call-offer.port';
import {
  OfferTimeoutJob,
  offerTimeoutJobId,
  StepTimeoutJob,
  stepTimeoutJobId,
} from './call-routing-jobs';
import { LoggingCallOfferAdapter } from './logging-call-offer.adapter';
import { territoryRoutingPlan } from './territory-routing-plan';

export interface EnqueueCallCommand {
  readonly callSid: string;
  /** null when the IVR could not tell (out of region, failed postcode): the mobile team's route. */
  readonly antennaId: string | null;
  readonly arrivedAt: Date;
}

/**
 * Entry points of the free number's routing, for the voice webhooks (API) and the `call-routing`
 * processor (worker). State lives in Redis; the work is carried by BullMQ: every change that may
 * free a match enqueues a `dispatch` job, step and offer timeouts are delayed jobs.
 */
@Injectable()
export class CallDispatcher implements OnApplicationBootstrap {
  readonly engine: RoutingEngine;
  private readonly logger = new Logger(CallDispatcher.name);
  private readonly offerPort: CallOfferPort;
  /** Redis channel told of every change of the routing state (for live dashboards). */
  readonly changesChannel: string;

  constructor(
    private readonly redis: RedisConnection,
    config: AppConfig,
    private readonly jobs: JobProducer,
    territory: TerritoryService,
    @Optional() offerPort?: CallOfferPort,
  ) {
    this.engine = new RoutingEngine(
      new CallRoutingStore(redis.client, redis.key('call-routing')),
      territoryRoutingPlan(loadRoutingRules(config.values.configDirectory), territory),
    );
    this.offerPort = offerPort ?? new LoggingCallOfferAdapter();
    this.changesChannel = redis.key('call-routing', 'changes');
  }

  async onApplicationBootstrap(): Promise<void> {
    const filed = await this.engine.store.refileWaiting();
    if (filed > 0) this.logger.log({ filed }, 'waiting calls filed in their queues');
  }

  /** config/call-routing.json as validated at boot: the one reading of it (voice asks here). */
  get rules(): RoutingRules {
    return this.engine.plan.rules;
  }

  async registerAgent(agent: AgentRegistration, now = new Date()): Promise<void> {
    await this.engine.registerAgent(agent, now.getTime());
    await this.changed('agent');
  }

  /** Idempotent for a CallSid (Twilio retries): a retry changes nothing and schedules nothing. */
  async enqueueCall(command: EnqueueCallCommand, now = new Date()): Promise<EnqueueResult> {
    const result = await this.engine.enqueue(
      { ...command, arrivedAt: command.arrivedAt.getTime() },
      now.getTime(),
    );
    if (result.created) {
      await this.scheduleStepTimeout(command.callSid, result.step, result.stepDeadline);
      await this.changed('enqueued');
      await this.kick();
    }
    return result;
  }

  agentAvailable(userId: string, now = new Date()): Promise<AgentState> {
    return this.setPresence(userId, 'available', now);
  }

  async setPresence(
    userId: string,
    presence: AgentPresence,
    now = new Date(),
  ): Promise<AgentState> {
    const result = await this.engine.setPresence(userId, presence, now.getTime());
    if (result.state === 'unknown') throw new NotFoundException('agent', userId);
    if (result.changed) {
      await this.changed('presence');
      await this.kick();
    }
    return result.state;
  }

  /** One matching round; each offer rings the agent through the port and arms its timeout. */
  async dispatch(now = new Date()): Promise<MadeOffer[]> {
    const outcome = await this.engine.dispatch(now.getTime());
    for (const change of outcome.stepChanges)
      await this.scheduleStepTimeout(change.callSid, change.step, change.deadline);
    const rung: MadeOffer[] = [];
    for (const offer of outcome.offers) {
      try {
        await this.offerPort.offer(offer.callSid, offer.agentId, {
          step: offer.tier,
          attempt: offer.attempt,
        });
      } catch (error) {
        // Not the agent's fault: the call goes back and the agent keeps their turn; the periodic
        // dispatch retries.
        this.logger.warn(
          { callSid: offer.callSid, agentId: offer.agentId, err: (error as Error).message },
          'offer failed',
        );
        await this.engine.store.release(offer.callSid, offer.agentId, now.getTime(), 'available');
        continue;
      }
      const job: OfferTimeoutJob = { callSid: offer.callSid, agentId: offer.agentId };
      await this.jobs.enqueue(JobName.CallOfferTimeout, job, {
        jobId: offerTimeoutJobId(offer.callSid, offer.attempt),
        delay: this.delayUntil(offer.deadline),
      });
      rung.push(offer);
    }
    for (const lapsed of outcome.overdueOffers) await this.lapse(lapsed.callSid, lapsed.agentId);
    if (outcome.overdueOffers.length > 0)
      this.logger.warn({ offers: outcome.overdueOffers }, 'overdue offers put back');
    if (outcome.offers.length + outcome.stepChanges.length + outcome.overdueOffers.length > 0)
      await this.changed('dispatched');
    return rung;
  }

  /** A step's timeout fired: the call moves on (its next timeout armed), then a round runs. */
  async escalate(callSid: string, now = new Date()): Promise<MadeOffer[]> {
    const change = await this.engine.escalate(callSid, now.getTime());
    if (change !== null) await this.scheduleStepTimeout(callSid, change.step, change.deadline);
    return this.dispatch(now);
  }

  /** No answer in time: the call goes back with its original arrival, the agent to `break`. */
  async offerTimedOut(callSid: string, agentId: string, now = new Date()): Promise<boolean> {
    const released = await this.engine.offerTimedOut(callSid, agentId, now.getTime());
    if (released) {
      await this.changed('offer-lapsed');
      this.logger.log({ callSid, agentId }, 'offer not answered: agent set to break');
      await this.lapse(callSid, agentId);
      await this.kick();
    }
    return released;
  }

  /** false when the offer is no longer this agent's (timed out, caller left): hang the agent leg up. */
  async callAnswered(callSid: string, agentId: string, now = new Date()): Promise<boolean> {
    const accepted = await this.engine.answered(callSid, agentId, now.getTime());
    if (accepted) await this.changed('answered');
    return accepted;
  }

  /** Either side hung up. An answered call puts its agent in wrap-up; a dispatch runs when it ends. */
  async callEnded(callSid: string, now = new Date()): Promise<FinishResult> {
    return this.finish(callSid, now, 'abandoned');
  }

  /** The caller left before an answer, hanging up or choosing a callback. */
  callAbandoned(
    callSid: string,
    now = new Date(),
    outcome: 'abandoned' | 'callback' = 'abandoned',
  ): Promise<FinishResult> {
    return this.finish(callSid, now, outcome);
  }

  snapshot(now = new Date()): Promise<RoutingBoard> {
    return this.engine.board(now.getTime());
  }

  /** One call's routing record (arrival, answer, steps passed, offers, agent), e.g. for its Contact. */
  call(callSid: string): Promise<StoredCall | null> {
    return this.engine.reader.call(callSid);
  }

  /**
   * Tells live dashboards to look again; a lost notice only delays them until their periodic
   * refresh, so a Redis hiccup here never fails the routing operation.
   */
  private async changed(reason: string): Promise<void> {
    await this.redis.client
      .publish(this.changesChannel, JSON.stringify({ event: 'routing-changed', data: { reason } }))
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'routing change notice not published'),
      );
  }

  private async lapse(callSid: string, agentId: string): Promise<void> {
    try {
      await this.offerPort.offerLapsed?.(callSid, agentId);
    } catch (error) {
      this.logger.warn(
        { callSid, agentId, err: (error as Error).message },
        'lapsed offer not withdrawn',
      );
    }
  }

  private async finish(
    callSid: string,
    now: Date,
    outcome: 'abandoned' | 'callback',
  ): Promise<FinishResult> {
    const result = await this.engine.ended(callSid, now.getTime(), outcome);
    if (result.ok) await this.changed(outcome === 'callback' ? 'callback' : 'ended');
    if (result.ok && result.outcome === 'completed')
      await this.kick(this.delayUntil(result.wrapUpUntil));
    else if (result.ok && result.agentId !== null) await this.kick();
    return result;
  }

  private async scheduleStepTimeout(
    callSid: string,
    step: number,
    deadline: number | null,
  ): Promise<void> {
    if (deadline === null) return;
    const job: StepTimeoutJob = { callSid, step };
    await this.jobs.enqueue(JobName.CallStepTimeout, job, {
      jobId: stepTimeoutJobId(callSid, step),
      delay: this.delayUntil(deadline),
    });
  }

  /** Dispatch jobs carry no id: each is a "look again", and a completed id would block the next. */
  private async kick(delay = 0): Promise<void> {
    await this.jobs.enqueue(JobName.DispatchCalls, {}, delay > 0 ? { delay } : {});
  }

  private delayUntil(at: number): number {
    return Math.max(0, at - Date.now());
  }
}
