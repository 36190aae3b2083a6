import type { RouteName, RoutingPool, RoutingStep } from '../rules/routing-rules';
import type { RoutingPlan, RoutingTopology } from '../rules/routing-topology';
import { RoutingAgent, STAFFED_STATES, StepChange, WaitingCall } from './routing-snapshot';

type CallRef = Pick<WaitingCall, 'antennaId'>;
type AgentRef = Pick<RoutingAgent, 'antennaId' | 'mobileTeam'>;

/** Calls of an antenna follow the antenna route; the headquarters area and unknown callers the mobile team's. */
export function routeNameOf(call: CallRef, topology: RoutingTopology): RouteName {
  return call.antennaId !== null && topology.antennaIds.has(call.antennaId)
    ? 'antenna'
    : 'mobileTeamArea';
}

export function routeOf(call: CallRef, plan: RoutingPlan): readonly RoutingStep[] {
  return plan.rules.routes[routeNameOf(call, plan.topology)];
}

/** The fair-share group of an agent: their antenna, or the mobile team. */
export function groupOf(agent: AgentRef, topology: RoutingTopology): string {
  return agent.mobileTeam || agent.antennaId === null ? topology.mobileTeamId : agent.antennaId;
}

/** The group a call belongs to: its antenna, or the mobile team for the headquarters area and unknown callers. */
export function homeGroupOf(call: CallRef, topology: RoutingTopology): string {
  return routeNameOf(call, topology) === 'antenna'
    ? (call.antennaId as string)
    : topology.mobileTeamId;
}

export function inPool(
  pool: RoutingPool,
  call: CallRef,
  agent: AgentRef,
  topology: RoutingTopology,
): boolean {
  switch (pool) {
    case 'own-antenna':
      return !agent.mobileTeam && agent.antennaId !== null && agent.antennaId === call.antennaId;
    case 'paired-antennas-and-mobile-team':
      return (
        agent.mobileTeam ||
        (agent.antennaId !== null &&
          call.antennaId !== null &&
          (topology.pairedWith.get(call.antennaId) ?? []).includes(agent.antennaId))
      );
    case 'mobile-team':
      return agent.mobileTeam;
    case 'region':
      return true;
  }
}

/** Index of the first step (up to `step`) whose pool holds the agent, or null: the agent may not take the call yet. */
export function tierOf(
  call: WaitingCall,
  step: number,
  agent: AgentRef,
  plan: RoutingPlan,
): number | null {
  const route = routeOf(call, plan);
  for (let index = 0; index <= Math.min(step, route.length - 1); index += 1) {
    if (inPool(route[index].pool, call, agent, plan.topology)) return index;
  }
  return null;
}

export function stepDeadline(
  route: readonly RoutingStep[],
  step: number,
  stepStartedAt: number,
): number | null {
  const timeout = route[step]?.timeoutSeconds ?? null;
  return timeout === null ? null : stepStartedAt + timeout * 1000;
}

/**
 * Where a call stands at `now`: from its stored step, hand over while the step's timeout has passed
 * or the step is skipped. A step is skipped when nobody of its pool is staffed (an antenna without
 * phone agents, or all on break), or, with `skipWhenNobodyAvailable`, when nobody of it is free.
 * A skipped step hands its start time on, so skipping never lengthens the wait before the last step.
 */
export function effectiveStep(
  call: WaitingCall,
  phoneAgents: readonly RoutingAgent[],
  plan: RoutingPlan,
  now: number,
): StepChange {
  const route = routeOf(call, plan);
  let step = Math.min(call.step, route.length - 1);
  let startedAt = call.stepStartedAt;
  while (step < route.length - 1) {
    const current = route[step];
    const deadline = stepDeadline(route, step, startedAt) as number;
    if (deadline <= now) {
      step += 1;
      startedAt = deadline;
      continue;
    }
    const members = phoneAgents.filter((agent) => inPool(current.pool, call, agent, plan.topology));
    const staffed = members.some((agent) => STAFFED_STATES.includes(agent.state));
    const free = members.some((agent) => agent.state === 'available');
    if (!staffed || (current.skipWhenNobodyAvailable && !free)) {
      step += 1;
      continue;
    }
    break;
  }
  return {
    callSid: call.callSid,
    step,
    stepStartedAt: startedAt,
    deadline: stepDeadline(route, step, startedAt),
  };
}
