import { currentRunId, redisPrefixOf, REDIS_SERVER_URL, spawnProcess } from '@gru/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadRoutingRules } from '@gru/call-routing';
import { CONFIG_DIRECTORY } from './config-directory';
import { loadSimulationTerritory, simulateCalls } from './call-simulation';
import { POLICY_NAMES } from './simulation-policies';
import { DEFAULT_SETTINGS } from './simulation-settings';

const METRIC_KEYS = [
  'offered',
  'answered',
  'answeredWithin20s',
  'abandoned',
  'callbacks',
  'lost',
  'ownAntennaShare',
  'averageSpeedOfAnswerSeconds',
  'jainIndex',
  'overflowRate',
  'perAntenna',
];

describe('call routing simulation (small days through the real engine and Redis)', () => {
  const keyPrefix = `${redisPrefixOf(currentRunId())}_${randomBytes(3).toString('hex')}`;
  const territory = loadSimulationTerritory(CONFIG_DIRECTORY);
  const rules = loadRoutingRules(CONFIG_DIRECTORY);

  it('accounts for every call under each policy and leaves no key behind', async () => {
    const report = await simulateCalls({
      settings: { ...DEFAULT_SETTINGS, scenario: 'peak', scale: 0.05, seed: 7 },
      rules,
      configDirectory: CONFIG_DIRECTORY,
      redisUrl: REDIS_SERVER_URL,
      keyPrefix,
      territory,
    });
    expect(report.calls).toBeGreaterThan(50);
    for (const name of POLICY_NAMES) {
      const metrics = report.policies[name];
      expect(Object.keys(metrics)).toEqual(expect.arrayContaining(METRIC_KEYS));
      expect(metrics.lost).toBe(0);
      expect(metrics.offered).toBe(report.calls);
      expect(metrics.answered + metrics.abandoned + metrics.callbacks).toBe(metrics.offered);
      expect(metrics.ownAntennaShare).toBeGreaterThanOrEqual(0);
      expect(metrics.ownAntennaShare).toBeLessThanOrEqual(1);
    }
    expect(report.policies['antenna-only'].ownAntennaShare).toBe(1);
    expect(report.policies.territorial.ownAntennaShare).toBeGreaterThan(
      report.policies['regional-pool'].ownAntennaShare,
    );
    const redis = new Redis(REDIS_SERVER_URL);
    expect(await redis.keys(`${keyPrefix}:sim-*`)).toEqual([]);
    await redis.quit();
  });

  it('replays the same day for the same seed', async () => {
    const input = {
      settings: { ...DEFAULT_SETTINGS, scale: 0.05, seed: 11 },
      rules,
      configDirectory: CONFIG_DIRECTORY,
      redisUrl: REDIS_SERVER_URL,
      keyPrefix,
      territory,
    };
    const [first, second] = [await simulateCalls(input), await simulateCalls(input)];
    expect(second.policies).toEqual(first.policies);
  });

  it('prints { scenario, policies } with --json from npm run simulate:calls', async () => {
    const cli = spawnProcess(
      'npx',
      [
        'ts-node',
        resolve(__dirname, 'simulate-calls.ts'),
        '--json',
        '--scale',
        '0.03',
        '--seed',
        '3',
      ],
      {
        cwd: resolve(CONFIG_DIRECTORY, '..'),
        env: {
          ...process.env,
          NODE_ENV: 'development',
          REDIS_URL: REDIS_SERVER_URL,
          REDIS_PREFIX: keyPrefix,
        },
      },
    );
    expect(await cli.exited).toBe(0);
    const json = JSON.parse(cli.output().slice(cli.output().indexOf('{')));
    expect(json).toMatchObject({ scenario: 'normal' });
    expect(Object.keys(json.policies)).toEqual([...POLICY_NAMES]);
    for (const name of POLICY_NAMES) expect(json.policies[name]).toMatchObject({ lost: 0 });
  }, 60_000);
});
