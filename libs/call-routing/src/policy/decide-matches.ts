import type { RoutingPlan } from '../rules/routing-topology';
import { deficitRatio } from './deficit-ratio';
import {
  CallMatch,
  RoutingAgent,
  RoutingDecision,
  RoutingSnapshot,
  StepChange,
  WaitingCall,
} from './routing-snapshot';
import { effectiveStep, groupOf, inPool, routeOf, tierOf } from './routing-steps';

interface Candidate {
  readonly agent: RoutingAgent;
  readonly tier: number;
  readonly busyAtHome: number;
  readonly ratio: number;
}

/**
 * The routing decision, pure: the real dispatcher and the simulation both call it.
 *
 * Given only the heads of the queues (`waitingTotals` set), the matches are the same as given every
 * waiting call, provided the heads hold, for each free agent, the first calls (oldest first) that
 * agent may take, as many as there are free agents: a call further back could only be reached
 * after that many earlier calls had each taken a free agent. Calls left out are not matched and
 * change nothing but the backlog counts, which the totals give.
 *
 * Calls are served oldest first (original arrival), each by the best free agent its current step
 * allows. A call only becomes eligible for another antenna's agents once its step has timed out or
 * been skipped (nobody of that pool signed in, or, with `skipWhenNobodyAvailable`, nobody free), so
 * an agent gets their own territory's calls first, while an overflow call goes before newer local
 * calls: no call starves. Among eligible agents, in order:
 *   1. agents of the call's own pool (tier 0: its antenna, or the mobile team for calls without one);
 *   2. with `fair-share`, agents with no caller of their own pool waiting, who would otherwise sit
 *      idle while a busier agent leaves their own caller to take someone else's;
 *   3. the nearest pool (tier 1, the paired antennas and the mobile team, before tier 2, the region);
 *   4. with `fair-share`, the group with the lowest deficit ratio (see `deficitRatio`);
 *   5. the longest idle agent; then the user id, so the decision is deterministic.
 */
export function decideMatches(snapshot: RoutingSnapshot, plan: RoutingPlan): RoutingDecision {
  const { rules, topology } = plan;
  const phoneAgents = snapshot.agents.filter((agent) => agent.phoneSkill);
  const calls = [...snapshot.waitingCalls].sort(
    (a, b) =>
      a.arrivedAt - b.arrivedAt || (a.callSid < b.callSid ? -1 : a.callSid > b.callSid ? 1 : 0),
  );

  const stepChanges: StepChange[] = [];
  const steps = new Map<string, number>();
  for (const call of calls) {
    const current = effectiveStep(call, phoneAgents, plan, snapshot.now);
    if (current.step > call.step) stepChanges.push(current);
    steps.set(call.callSid, current.step);
  }

  const free = new Map(
    phoneAgents
      .filter((agent) => agent.state === 'available')
      .map((agent) => [agent.userId, agent]),
  );
  const fairShare = rules.agentSelection === 'fair-share';
  // Calls waiting in each free agent's first-step pool: an agent with work at home is kept for it.
  const homeBacklog = new Map<string, number>();
  const isHomeOf = (call: Pick<WaitingCall, 'antennaId'>, agent: RoutingAgent) =>
    inPool(routeOf(call, plan)[0].pool, call, agent, topology);
  if (fairShare) {
    const totals = snapshot.waitingTotals;
    for (const agent of free.values())
      homeBacklog.set(
        agent.userId,
        totals === undefined
          ? calls.filter((call) => isHomeOf(call, agent)).length
          : totals.reduce((sum, total) => sum + (isHomeOf(total, agent) ? total.count : 0), 0),
      );
  }
  const extraHandled = new Map<string, number>();
  const matches: CallMatch[] = [];

  for (const call of calls) {
    if (free.size === 0) break;
    const step = steps.get(call.callSid) as number;
    let best: Candidate | undefined;
    for (const agent of free.values()) {
      const tier = tierOf(call, step, agent, plan);
      if (tier === null) continue;
      const group = groupOf(agent, topology);
      const candidate: Candidate = {
        agent,
        tier,
        busyAtHome:
          fairShare && (homeBacklog.get(agent.userId) ?? 0) - (isHomeOf(call, agent) ? 1 : 0) > 0
            ? 1
            : 0,
        ratio: fairShare
          ? deficitRatio(
              snapshot.loadByGroup.get(group),
              extraHandled.get(group) ?? 0,
              rules.minimumStaffedSeconds,
            )
          : 0,
      };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
    if (best === undefined) continue;
    const chosen = best.agent;
    free.delete(chosen.userId);
    if (fairShare) {
      for (const agent of free.values()) {
        if (isHomeOf(call, agent))
          homeBacklog.set(agent.userId, (homeBacklog.get(agent.userId) ?? 1) - 1);
      }
    }
    const group = groupOf(chosen, topology);
    extraHandled.set(group, (extraHandled.get(group) ?? 0) + 1);
    matches.push({ callSid: call.callSid, agentId: chosen.userId, tier: best.tier });
  }
  return { matches, stepChanges };
}

function better(a: Candidate, b: Candidate): boolean {
  if ((a.tier === 0) !== (b.tier === 0)) return a.tier === 0;
  if (a.busyAtHome !== b.busyAtHome) return a.busyAtHome < b.busyAtHome;
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.ratio !== b.ratio) return a.ratio < b.ratio;
  if (a.agent.idleSince !== b.agent.idleSince) return a.agent.idleSince < b.agent.idleSince;
  return a.agent.userId < b.agent.userId;
}
