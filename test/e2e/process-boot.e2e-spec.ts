import { spawnProcess } from '@gru/testing';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function boot(app: 'api' | 'worker', env: Record<string, string>) {
  return spawnProcess(process.execPath, [resolve(ROOT, `dist/apps/${app}/src/main.js`)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
  });
}

describe('process boot with a bad configuration', () => {
  it.each(['api', 'worker'] as const)(
    '%s: DATABASE_URL=nonsense prints one clear line and exits non-zero',
    async (app) => {
      const started = boot(app, {
        DATABASE_URL: 'nonsense',
        REDIS_URL: 'redis://127.0.0.1:6379',
        PUBLIC_BASE_URL: 'http://localhost:3000',
        JWT_SECRET: 'a-secret-that-is-long-enough-for-the-check-0123',
      });
      const code = await started.exited;
      expect(code).toBe(78);
      const lines = started.output().trim().split('\n');
      expect(lines).toEqual([
        'Invalid configuration: DATABASE_URL must be a postgres:// URL such as postgres://postgres@127.0.0.1:5432/gru (got "nonsense")',
      ]);
    },
  );

  it('lists every missing variable at once and never echoes a secret', async () => {
    const started = boot('api', { JWT_SECRET: 'too-short-secret' });
    expect(await started.exited).toBe(78);
    const output = started.output().trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toContain('DATABASE_URL is missing');
    expect(output).toContain('REDIS_URL is missing');
    expect(output).toContain('PUBLIC_BASE_URL is missing');
    expect(output).toContain('JWT_SECRET must be a random secret of at least 32 characters');
    expect(output).not.toContain('too-short-secret');
  });

  it('worker: refuses to boot without PUBLIC_BASE_URL, which its offers and mail links need, and needs no JWT secret', async () => {
    const started = boot('worker', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gru',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(await started.exited).toBe(78);
    expect(started.output().trim().split('\n')).toEqual([
      'Invalid configuration: PUBLIC_BASE_URL is missing (expected the public http(s) URL Twilio and browsers reach the API at)',
    ]);
  });

  it('does not fall back to demo defaults in production', async () => {
    const started = boot('api', {});
    expect(await started.exited).toBe(78);
    expect(started.output()).toContain('JWT_SECRET is missing');
  });

  it('api: refuses GRU_DEMO=true in production instead of switching on the published demo secrets', async () => {
    const started = boot('api', {
      GRU_DEMO: 'true',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gru',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PUBLIC_BASE_URL: 'http://localhost:3000',
    });
    expect(await started.exited).toBe(78);
    const output = started.output().trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toContain('GRU_DEMO=true is refused outside NODE_ENV=development');
    expect(output).toContain('JWT_SECRET is missing');
  });
});
