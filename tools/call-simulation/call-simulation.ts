import { ANTENNA_FILE_NAME, loadTerritoryIndex, TerritoryIndex } from '@gru/territory';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  CallRoutingStore,
  RoutingEngine,
  type RoutingRules,
  routingTopologyOf,
} from '@gru/call-routing';
import { PolicyDay } from './policy-day';
import { PolicyMetrics, policyMetrics } from './policy-metrics';
import { simulatedDay } from './simulated-day';
import { PolicyName, POLICY_NAMES, simulationPolicies } from './simulation-policies';
import type { SimulationSettings } from './simulation-settings';

export interface SimulationReport {
  readonly scenario: SimulationSettings['scenario'];
  readonly seed: number;
  readonly calls: number;
  readonly agents: number;
  /** The territorial policy's route steps, as "pool:timeout" (the tuned defaults). */
  readonly territorialSteps: Readonly<Record<string, string[]>>;
  readonly durationSeconds: number;
  readonly policies: Readonly<Record<PolicyName, PolicyMetrics>>;
}

export interface SimulationInput {
  readonly settings: SimulationSettings;
  readonly rules: RoutingRules;
  readonly configDirectory: string;
  readonly redisUrl: string;
  /** Each policy gets `<keyPrefix>:sim-<random>-<policy>`, deleted at the end. */
  readonly keyPrefix: string;
  /** Loaded once by callers that simulate several days. */
  readonly territory?: TerritoryIndex;
}

/** No database here: the territory library's boot index (official data and config/antennas.json). */
export function loadSimulationTerritory(configDirectory: string): TerritoryIndex {
  return loadTerritoryIndex(join(configDirectory, ANTENNA_FILE_NAME));
}

/** Replays the same simulated day under the three policies, side by side, each in its own Redis keys. */
export async function simulateCalls(input: SimulationInput): Promise<SimulationReport> {
  const started = Date.now();
  const territory = input.territory ?? loadSimulationTerritory(input.configDirectory);
  const topology = routingTopologyOf(territory);
  const day = simulatedDay(input.settings, territory);
  const run = `${input.keyPrefix}:sim-${randomBytes(4).toString('hex')}`;
  const policies = simulationPolicies(input.rules);

  const results = await Promise.all(
    POLICY_NAMES.map(async (name) => {
      const redis = new Redis(input.redisUrl, { maxRetriesPerRequest: 2 });
      const engine = new RoutingEngine(new CallRoutingStore(redis, `${run}-${name}`), {
        rules: policies[name],
        topology,
      });
      try {
        const policyDay = new PolicyDay(
          engine,
          day,
          input.settings.ringSeconds * 1000,
          input.settings.callbackOfferAfterSeconds * 1000,
        );
        const endedAt = await policyDay.run();
        return [name, await policyMetrics(engine, day, policyDay.records, endedAt)] as const;
      } finally {
        await engine.store.deleteAll();
        await redis.quit();
      }
    }),
  );
  const steps = (route: RoutingRules['routes']['antenna']) =>
    route.map(
      (step) =>
        `${step.pool}:${step.timeoutSeconds ?? '-'}${step.skipWhenNobodyAvailable ? ':skip-busy' : ''}`,
    );
  return {
    scenario: input.settings.scenario,
    seed: input.settings.seed,
    calls: day.calls.length,
    agents: day.staff.length,
    territorialSteps: {
      antenna: steps(input.rules.routes.antenna),
      mobileTeamArea: steps(input.rules.routes.mobileTeamArea),
    },
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
    policies: Object.fromEntries(results) as Record<PolicyName, PolicyMetrics>,
  };
}
