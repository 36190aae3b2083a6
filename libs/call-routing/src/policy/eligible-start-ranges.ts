import type { RoutingPlan } from '../rules/routing-topology';
import type { RoutingAgent } from './routing-snapshot';
import { effectiveStep, routeOf, tierOf } from './routing-steps';

/** Step start times `from < stepStartedAt <= to` (epoch ms; from may be -Infinity, to Infinity). */
export interface StartRange {
  readonly from: number;
  readonly to: number;
}

/**
 * For the waiting calls of one caller antenna filed at one stored step: the step start times at
 * which `agent` may take such a call at `now`. A call's effective step depends only on its stored
 * step, its step start and the agents' states (see `effectiveStep`), and each timeout test reads
 * `stepStartedAt + sum of timeouts <= now`, so the answer only changes at `now - sum` for the sums
 * of the remaining steps' timeouts: evaluating one point between each pair of those suffices. At
 * step 0 the step start is the arrival, so these are arrival ranges of the queue's sorted set.
 */
export function eligibleStartRanges(
  antennaId: string | null,
  storedStep: number,
  agent: RoutingAgent,
  phoneAgents: readonly RoutingAgent[],
  plan: RoutingPlan,
  now: number,
): StartRange[] {
  const route = routeOf({ antennaId }, plan);
  let sums = [0];
  for (let step = storedStep; step < route.length - 1; step += 1) {
    const timeoutMs = (route[step].timeoutSeconds ?? 0) * 1000;
    sums = [...new Set([...sums, ...sums.map((sum) => sum + timeoutMs)])];
  }
  const bounds = [...new Set(sums.map((sum) => now - sum))].sort((a, b) => a - b);
  const eligibleAt = (stepStartedAt: number) => {
    const call = {
      callSid: '',
      antennaId,
      arrivedAt: stepStartedAt,
      step: storedStep,
      stepStartedAt,
    };
    const { step } = effectiveStep(call, phoneAgents, plan, now);
    return tierOf(call, step, agent, plan) !== null;
  };
  // Pieces (-inf, b1], (b1, b2], ..., (bn, +inf), each with a constant answer.
  const pieces = [
    { from: -Infinity, to: bounds[0] },
    ...bounds.slice(1).map((to, index) => ({ from: bounds[index], to })),
    { from: bounds[bounds.length - 1], to: Infinity },
  ];
  const ranges: StartRange[] = [];
  for (const piece of pieces) {
    if (!eligibleAt(piece.to === Infinity ? piece.from + 1 : piece.to)) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last.to === piece.from)
      ranges[ranges.length - 1] = { ...last, to: piece.to };
    else ranges.push(piece);
  }
  return ranges;
}

export const inStartRanges = (ranges: readonly StartRange[], stepStartedAt: number) =>
  ranges.some((range) => range.from < stepStartedAt && stepStartedAt <= range.to);
