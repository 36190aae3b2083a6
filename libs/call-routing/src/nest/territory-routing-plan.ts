import type { TerritoryIndex, TerritoryService } from '@gru/territory';
import type { RoutingRules } from '../rules/routing-rules';
import { RoutingPlan, RoutingTopology, routingTopologyOf } from '../rules/routing-topology';

/**
 * The rules with the organisation of the territory library's current index: read at each use (and
 * recomputed only when the index is rebuilt), so a perimeter change reaches the routing without a
 * restart and the routing never holds a second copy of the antennas.
 */
export function territoryRoutingPlan(
  rules: RoutingRules,
  territory: TerritoryService,
): RoutingPlan {
  let built: { readonly index: TerritoryIndex; readonly topology: RoutingTopology } | undefined;
  return {
    rules,
    get topology(): RoutingTopology {
      const index = territory.index;
      if (built?.index !== index) built = { index, topology: routingTopologyOf(index) };
      return built.topology;
    },
  };
}
