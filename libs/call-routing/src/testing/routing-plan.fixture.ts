import { ANTENNA_FILE_NAME, loadTerritoryIndex, TerritoryIndex } from '@gru/territory';
import { resolve } from 'node:path';
import type { RoutingAgent, WaitingCall } from '../policy/routing-snapshot';
import { parseRoutingRules, RoutingRules } from '../rules/routing-rules';
import { RoutingPlan, routingTopologyOf } from '../rules/routing-topology';

export const CONFIG_DIRECTORY = resolve(__dirname, '../../../../config');

/** Fixed rules, so tests do not move when config/call-routing.json is tuned: 30 s, then 60 s, then the region. */
export const TEST_RULES: RoutingRules = parseRoutingRules({
  version: 1,
  offerTimeoutSeconds: 20,
  wrapUpSeconds: 60,
  agentSelection: 'fair-share',
  minimumStaffedSeconds: 900,
  routes: {
    antenna: [
      { pool: 'own-antenna', timeoutSeconds: 30, skipWhenNobodyAvailable: false },
      {
        pool: 'paired-antennas-and-mobile-team',
        timeoutSeconds: 60,
        skipWhenNobodyAvailable: false,
      },
      { pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false },
    ],
    mobileTeamArea: [
      { pool: 'mobile-team', timeoutSeconds: 60, skipWhenNobodyAvailable: false },
      { pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false },
    ],
  },
});

let territory: TerritoryIndex | undefined;

/** The territory library's boot index (config/antennas.json), built once per test file. */
export function testTerritory(): TerritoryIndex {
  territory ??= loadTerritoryIndex(resolve(CONFIG_DIRECTORY, ANTENNA_FILE_NAME));
  return territory;
}

/** The real organisation with the given rules. */
export function testPlan(rules: Partial<RoutingRules> = {}): RoutingPlan {
  return { rules: { ...TEST_RULES, ...rules }, topology: routingTopologyOf(testTerritory()) };
}

/** 10:00 Paris on a working day: every test clock starts here. */
export const T0 = Date.parse('2025-03-11T09:00:00Z');
export const seconds = (value: number) => value * 1000;

export function agent(
  userId: string,
  antennaId: string | null,
  overrides: Partial<RoutingAgent> = {},
): RoutingAgent {
  return {
    userId,
    antennaId,
    mobileTeam: antennaId === null,
    phoneSkill: true,
    state: 'available',
    idleSince: T0 - seconds(600),
    ...overrides,
  };
}

export function waitingCall(
  callSid: string,
  antennaId: string | null,
  arrivedAt: number,
  overrides: Partial<WaitingCall> = {},
): WaitingCall {
  return { callSid, antennaId, arrivedAt, step: 0, stepStartedAt: arrivedAt, ...overrides };
}
