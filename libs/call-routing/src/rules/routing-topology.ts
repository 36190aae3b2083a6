import type { TerritoryIndex } from '@gru/territory';
import type { RoutingRules } from './routing-rules';

/** What the routing needs to know about the organisation: antennas, their pairs, the mobile team. */
export interface RoutingTopology {
  readonly antennaIds: ReadonlySet<string>;
  /** The antennas sharing a manager with each antenna ("mutualisé"), the antenna itself excluded. */
  readonly pairedWith: ReadonlyMap<string, readonly string[]>;
  /** The headquarters area (Lille metropolis): its calls follow the mobile team's route. */
  readonly headquartersId: string;
  /** Also the fair-share group of the mobile team's agents. */
  readonly mobileTeamId: string;
}

/** Rules and organisation together: everything the decision function reads besides the snapshot. */
export interface RoutingPlan {
  readonly rules: RoutingRules;
  readonly topology: RoutingTopology;
}

/** The organisation as the territory library knows it (database perimeter, or antennas.json before any import). */
export function routingTopologyOf(territory: TerritoryIndex): RoutingTopology {
  const pairedWith = new Map<string, string[]>();
  for (const group of territory.sharedManagerGroups()) {
    for (const member of group) {
      const others = group.filter((other) => other !== member);
      pairedWith.set(member, [...new Set([...(pairedWith.get(member) ?? []), ...others])]);
    }
  }
  return {
    antennaIds: new Set(
      territory
        .antennas()
        .filter((holder) => holder.kind === 'antenna')
        .map((antenna) => antenna.id),
    ),
    pairedWith,
    headquartersId: territory.headquartersId,
    mobileTeamId: territory.mobileTeam().id,
  };
}
