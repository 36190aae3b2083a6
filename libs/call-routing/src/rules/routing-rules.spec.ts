import { CONFIG_DIRECTORY, TEST_RULES } from '../testing/routing-plan.fixture';
import { InvalidRoutingRules } from './invalid-routing-rules.exception';
import { loadRoutingRules, parseRoutingRules } from './routing-rules';

describe('routing rules (config/call-routing.json)', () => {
  it('loads the committed file', () => {
    const rules = loadRoutingRules(CONFIG_DIRECTORY);
    expect(rules.version).toBe(1);
    expect(rules.routes.antenna.map((step) => step.pool)).toEqual([
      'own-antenna',
      'paired-antennas-and-mobile-team',
      'region',
    ]);
    expect(rules.routes.mobileTeamArea[0].pool).toBe('mobile-team');
  });

  it('refuses a step other than the last without a timeout, and a last step with one', () => {
    const routes = {
      ...TEST_RULES.routes,
      antenna: [
        { pool: 'own-antenna', timeoutSeconds: null, skipWhenNobodyAvailable: false },
        { pool: 'region', timeoutSeconds: 30, skipWhenNobodyAvailable: false },
      ],
    };
    expect(() => parseRoutingRules({ ...TEST_RULES, routes })).toThrow(InvalidRoutingRules);
    expect(() => parseRoutingRules({ ...TEST_RULES, routes })).toThrow(
      /routes.antenna.0.timeoutSeconds: every step but the last needs a timeout/,
    );
  });

  it('refuses an antenna pool on the route of calls without an antenna, an unknown pool and an unknown version', () => {
    const routes = {
      ...TEST_RULES.routes,
      mobileTeamArea: [
        { pool: 'own-antenna', timeoutSeconds: null, skipWhenNobodyAvailable: false },
      ],
    };
    expect(() => parseRoutingRules({ ...TEST_RULES, routes })).toThrow(/mobile-team or region/);
    expect(() =>
      parseRoutingRules({
        ...TEST_RULES,
        routes: {
          ...TEST_RULES.routes,
          antenna: [{ pool: 'everyone', timeoutSeconds: null, skipWhenNobodyAvailable: false }],
        },
      }),
    ).toThrow(InvalidRoutingRules);
    expect(() => parseRoutingRules({ ...TEST_RULES, version: 2 })).toThrow(/version/);
  });
});
