import { resolve } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const CONFIG_DIR = resolve(__dirname, '../../../config');
const PRODUCTION = {
  NODE_ENV: 'production',
  GRU_CONFIG_DIR: CONFIG_DIR,
  DATABASE_URL: 'postgres://gru@db.internal:5432/gru',
  REDIS_URL: 'redis://cache.internal:6379',
  PUBLIC_BASE_URL: 'https://gru.hautsdefrance.example',
  JWT_SECRET: 'x'.repeat(48),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('builds a typed configuration from the environment and config/settings.json', () => {
    const config = loadConfig(PRODUCTION);
    expect(config).toMatchObject({
      environment: 'production',
      demoMode: false,
      http: { port: 3000, publicBaseUrl: 'https://gru.hautsdefrance.example' },
      database: { url: 'postgres://gru@db.internal:5432/gru' },
      redis: { url: 'redis://cache.internal:6379', keyPrefix: 'gru' },
      auth: { accessTokenTtlSeconds: 900, maxFailedLogins: 5 },
      worker: { queues: 'all' },
    });
  });

  it('simulates telephony by default in the demo only, and refuses it in production', () => {
    expect(loadConfig(PRODUCTION).twilio.telephony).toBe('twilio');
    expect(
      loadConfig({ NODE_ENV: 'development', GRU_CONFIG_DIR: CONFIG_DIR }).twilio.telephony,
    ).toBe('simulated');
    expect(problemsOf({ ...PRODUCTION, VOICE_TELEPHONY: 'simulated' })).toEqual([
      expect.stringMatching(/^VOICE_TELEPHONY=simulated is refused under NODE_ENV=production/),
    ]);
    expect(problemsOf({ ...PRODUCTION, VOICE_TELEPHONY: 'fake' })).toEqual([
      expect.stringMatching(/^VOICE_TELEPHONY must be twilio or simulated/),
    ]);
  });

  it('treats an unset NODE_ENV as production: no demo defaults', () => {
    const problems = problemsOf({ GRU_CONFIG_DIR: CONFIG_DIR });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL is missing/),
        expect.stringMatching(/^REDIS_URL is missing/),
        expect.stringMatching(/^JWT_SECRET is missing/),
        expect.stringMatching(/^PUBLIC_BASE_URL is missing/),
      ]),
    );
  });

  it('fills demo defaults only under NODE_ENV=development', () => {
    expect(loadConfig({ NODE_ENV: 'development', GRU_CONFIG_DIR: CONFIG_DIR }).database.url).toBe(
      'postgres://postgres@127.0.0.1:5432/gru_demo',
    );
    const demo = loadConfig({
      NODE_ENV: 'development',
      GRU_DEMO: 'true',
      GRU_CONFIG_DIR: CONFIG_DIR,
    });
    expect(demo.demoMode).toBe(true);
    expect(demo.log.pretty).toBe(true);
  });

  it('refuses demo mode outside NODE_ENV=development and gives secrets no default there', () => {
    for (const NODE_ENV of ['production', 'test', undefined]) {
      const problems = problemsOf({ NODE_ENV, GRU_DEMO: 'true', GRU_CONFIG_DIR: CONFIG_DIR });
      expect(problems).toContain(
        'GRU_DEMO=true is refused outside NODE_ENV=development (the demo secrets are published)',
      );
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/^JWT_SECRET is missing/)]),
      );
    }
    expect(problemsOf({ ...PRODUCTION, GRU_DEMO: '1' })).toHaveLength(1);
    const withoutTwilio = loadConfig({ ...PRODUCTION, GRU_DEMO: 'false' });
    expect(withoutTwilio.demoMode).toBe(false);
    expect(withoutTwilio.twilio.authToken).toBeUndefined();
    expect(withoutTwilio.twilio.apiKeySecret).toBeUndefined();
  });

  it('reads the trusted proxies and the metrics token', () => {
    expect(loadConfig(PRODUCTION).http).toMatchObject({ trustedProxies: false });
    expect(loadConfig(PRODUCTION).http.metricsToken).toBeUndefined();
    expect(loadConfig({ ...PRODUCTION, TRUSTED_PROXIES: '1' }).http.trustedProxies).toBe(1);
    expect(
      loadConfig({ ...PRODUCTION, TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,fd00::1' }).http
        .trustedProxies,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    expect(problemsOf({ ...PRODUCTION, TRUSTED_PROXIES: 'true' })).toHaveLength(1);
    expect(problemsOf({ ...PRODUCTION, TRUSTED_PROXIES: '10.0.0.0/99' })).toHaveLength(1);
    const [problem] = problemsOf({ ...PRODUCTION, METRICS_TOKEN: 'short' });
    expect(problem).toBe('METRICS_TOKEN must be a random secret of at least 32 characters');
  });

  it('names the variable, what was expected and what it got', () => {
    expect(problemsOf({ ...PRODUCTION, DATABASE_URL: 'nonsense', PORT: '70000' })).toEqual([
      'PORT must be a TCP port number (got "70000")',
      'DATABASE_URL must be a postgres:// URL such as postgres://postgres@127.0.0.1:5432/gru (got "nonsense")',
    ]);
  });

  it('never echoes a secret value', () => {
    const [problem] = problemsOf({ ...PRODUCTION, JWT_SECRET: 'short-secret' });
    expect(problem).toBe('JWT_SECRET must be a random secret of at least 32 characters');
  });

  it('checks only the sections a process asks for', () => {
    const env = {
      NODE_ENV: 'production',
      GRU_CONFIG_DIR: CONFIG_DIR,
      DATABASE_URL: PRODUCTION.DATABASE_URL,
    };
    expect(() => loadConfig(env, ['database'])).not.toThrow();
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });

  it('parses the worker queue selection', () => {
    expect(loadConfig({ ...PRODUCTION, WORKER_QUEUES: 'system,sessions' }).worker.queues).toEqual([
      'system',
      'sessions',
    ]);
    expect(problemsOf({ ...PRODUCTION, WORKER_QUEUES: 'system;sessions' })).toHaveLength(1);
  });

  it('reports an invalid settings file with the path of the bad value', () => {
    const problems = problemsOf({
      ...PRODUCTION,
      GRU_CONFIG_DIR: resolve(__dirname, 'missing-dir'),
    });
    expect(problems[0]).toMatch(/settings\.json is missing/);
  });
});
