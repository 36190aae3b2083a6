import type { RoutingRules, RoutingStep } from '@gru/call-routing';

export const POLICY_NAMES = ['antenna-only', 'regional-pool', 'territorial'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

const only = (pool: RoutingStep['pool']): RoutingStep[] => [
  { pool, timeoutSeconds: null, skipWhenNobodyAvailable: false },
];

/**
 * The three policies compared, all expressed as routing rules for the same decision code:
 * - antenna-only: each antenna answers its own calls and nobody else's (the mobile team its area);
 * - regional-pool: the old organisation, one pool, the longest-waiting call to the longest-idle agent;
 * - territorial: the rules under test (config/call-routing.json unless told otherwise).
 */
export function simulationPolicies(territorial: RoutingRules): Record<PolicyName, RoutingRules> {
  const common = {
    offerTimeoutSeconds: territorial.offerTimeoutSeconds,
    wrapUpSeconds: territorial.wrapUpSeconds,
    minimumStaffedSeconds: territorial.minimumStaffedSeconds,
  };
  return {
    'antenna-only': {
      version: 1,
      ...common,
      agentSelection: 'longest-idle',
      routes: { antenna: only('own-antenna'), mobileTeamArea: only('mobile-team') },
    },
    'regional-pool': {
      version: 1,
      ...common,
      agentSelection: 'longest-idle',
      routes: { antenna: only('region'), mobileTeamArea: only('region') },
    },
    territorial,
  };
}
