import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@gru/auth';
import {
  createTestDatabase,
  deleteRedisKeys,
  freePort,
  redisPrefixOf,
  currentRunId,
  spawnProcess,
  SpawnedProcess,
  TestDatabase,
  waitFor,
} from '@gru/testing';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** The README's start command, end to end: migrate, seed, api + worker, demo logins. */
describe('npm run demo', () => {
  let database: TestDatabase;
  let demo: SpawnedProcess;
  let base: string;
  let workerPort: number;
  const prefix = `${redisPrefixOf(currentRunId())}_demo`;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    workerPort = await freePort();
    base = `http://127.0.0.1:${port}`;
    demo = spawnProcess('bash', [resolve(ROOT, 'scripts/demo.sh')], {
      cwd: ROOT,
      detached: true,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        PORT: String(port),
        WORKER_PORT: String(workerPort),
        DATABASE_URL: database.url,
        REDIS_PREFIX: prefix,
        // jest's global setup has just built dist/; rebuilding would race the other test files.
        GRU_SKIP_BUILD: '1',
      },
    });
    const healthy = async (url: string) => (await fetch(url).catch(() => undefined))?.ok;
    // The API and the worker boot in parallel: wait for both.
    await waitFor(
      async () =>
        (await healthy(`${base}/health`)) &&
        (await healthy(`http://127.0.0.1:${workerPort}/health`)),
      90_000,
      'the demo API and worker to answer /health',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; demo output:\n${demo.output().slice(-4000)}`);
    });
  }, 120_000);

  afterAll(async () => {
    // The whole process group: the script, concurrently, the api and the worker.
    if (demo.child.pid && demo.child.exitCode === null) {
      try {
        process.kill(-demo.child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await demo.exited;
    await database.drop();
    await deleteRedisKeys(prefix);
  }, 30_000);

  const login = (email: string, password: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('serves /health with db and redis up, and the API docs', async () => {
    const health = await fetch(`${base}/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
    const worker = await fetch(`http://127.0.0.1:${workerPort}/health`);
    expect(worker.status).toBe(200);
  });

  it.each(DEMO_ACCOUNTS.map((account) => account.email))(
    'logs in the demo account %s',
    async (email) => {
      const response = await login(email, DEMO_PASSWORD);
      expect(response.status).toBe(200);
    },
  );

  it('refuses a wrong password with 401 and a managers route to the Amiens agent with 403', async () => {
    expect((await login('manager@gru.demo', 'wrong-password')).status).toBe(401);
    const agent = (await (await login('agent.amiens@gru.demo', DEMO_PASSWORD)).json()) as {
      accessToken: string;
    };
    const users = await fetch(`${base}/api/users`, {
      headers: { authorization: `Bearer ${agent.accessToken}` },
    });
    expect(users.status).toBe(403);
    const manager = (await (await login('manager@gru.demo', DEMO_PASSWORD)).json()) as {
      accessToken: string;
    };
    const allowed = await fetch(`${base}/api/users`, {
      headers: { authorization: `Bearer ${manager.accessToken}` },
    });
    expect(allowed.status).toBe(200);
  });

  it('shows the Amiens agent a portfolio with the demo citizens and their open requests', async () => {
    const agent = (await (await login('agent.amiens@gru.demo', DEMO_PASSWORD)).json()) as {
      accessToken: string;
    };
    const portfolio = await fetch(`${base}/api/antennas/amiens/portfolio`, {
      headers: { authorization: `Bearer ${agent.accessToken}` },
    });
    const body = (await portfolio.json()) as {
      items: { citizen: { lastName: string }; openRequests: unknown[] }[];
    };
    const lefevre = body.items.find((item) => item.citizen.lastName === 'Lefèvre');
    expect(lefevre?.openRequests).toHaveLength(1);
  });
});
