import type { RoutingPool } from '../rules/routing-rules';
import type { RoutingPlan } from '../rules/routing-topology';
import { deficitRatio } from '../policy/deficit-ratio';
import { effectiveStep, routeOf } from '../policy/routing-steps';
import type { RoutingState, StoredAgent, StoredCall } from '../store/routing-state.reader';

export interface BoardCall {
  readonly callSid: string;
  readonly antennaId: string | null;
  readonly arrivedAt: number;
  readonly waitedSeconds: number;
  readonly step: number;
  readonly pool: RoutingPool;
}

export interface BoardGroup {
  readonly group: string;
  readonly handledToday: number;
  readonly staffedSecondsToday: number;
  readonly deficitRatio: number;
}

/** What a manager's dashboard shows of the free number at one instant. */
export interface RoutingBoard {
  readonly now: number;
  /** Oldest first, each at the step it has reached now. */
  readonly waiting: readonly BoardCall[];
  /** Ringing or in conversation. */
  readonly active: readonly StoredCall[];
  readonly agents: readonly StoredAgent[];
  /** By deficit ratio, the group that gets the next shared call first. */
  readonly groups: readonly BoardGroup[];
}

export function routingBoardOf(
  state: RoutingState,
  active: readonly StoredCall[],
  plan: RoutingPlan,
): RoutingBoard {
  const phoneAgents = state.agents.filter((agent) => agent.phoneSkill);
  const waiting = [...state.waitingCalls]
    .sort((a, b) => a.arrivedAt - b.arrivedAt)
    .map((call) => {
      const { step } = effectiveStep(call, phoneAgents, plan, state.now);
      return {
        callSid: call.callSid,
        antennaId: call.antennaId,
        arrivedAt: call.arrivedAt,
        waitedSeconds: Math.round((state.now - call.arrivedAt) / 1000),
        step,
        pool: routeOf(call, plan)[step].pool,
      };
    });
  const groups = [...state.loadByGroup.entries()]
    .map(([group, load]) => ({
      group,
      ...load,
      deficitRatio: deficitRatio(load, 0, plan.rules.minimumStaffedSeconds),
    }))
    .sort((a, b) => a.deficitRatio - b.deficitRatio || a.group.localeCompare(b.group));
  return { now: state.now, waiting, active, agents: state.agents, groups };
}
