import { JobName, QueueName, redisOptionsFromUrl } from '@gru/queue';
import { createTestDatabase, deleteRedisKeys, freePort, redisPrefixOf, REDIS_SERVER_URL, spawnProcess, SpawnedProcess, TestDatabase, currentRunId } from '@gru/testing';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface WorkerFixture {
  readonly database: TestDatabase;
  readonly prefix: string;
  readonly env: Record<string, string>;
  readonly systemQueue: Queue;
  start(extraEnv?: Record<string, string>): Promise<SpawnedProcess & { port: number }>;
  close(): Promise<void>;
}

/** A real worker process (dist/apps/worker) on a private database and Redis prefix. */
export async function workerFixture(): Promise<WorkerFixture> {
  const database = await createTestDatabase();
  const prefix = `${redisPrefixOf(currentRunId())}_${randomBytes(3).toString('hex')}`;
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    GRU_CONFIG_DIR: resolve(ROOT, 'config'),
    DATABASE_URL: database.url,
    REDIS_URL: REDIS_SERVER_URL,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'info',
    STORAGE_DIR: join(tmpdir(), prefix),
    // Offers redirect callers to TwiML on the API and mail links to requests: production requires it.
    PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
  };
  const systemQueue = new Queue(QueueName.System, { connection: redisOptionsFromUrl(REDIS_SERVER_URL), prefix: `${prefix}:bull` });
  const started: SpawnedProcess[] = [];
  return {
    database,
    prefix,
    env,
    systemQueue,
    async start(extraEnv = {}) {
      const port = await freePort();
      const worker = spawnProcess(process.execPath, [resolve(ROOT, 'dist/apps/worker/src/main.js')], {
        cwd: ROOT,
        env: { ...env, WORKER_PORT: String(port), ...extraEnv },
      });
      started.push(worker);
      await worker.waitForOutput(/worker ready/);
      return Object.assign(worker, { port });
    },
    async close() {
      for (const worker of started) worker.kill('SIGKILL');
      await systemQueue.close();
      await database.drop();
      await deleteRedisKeys(prefix);
    },
  };
}

export const PROBE = JobName.Probe;
