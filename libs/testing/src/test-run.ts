import { randomBytes } from 'node:crypto';

/**
 * Names shared by jest's global setup and every test file of one run. The run id isolates this run
 * from others on the same servers (CI and developers share the machine's PostgreSQL and Redis).
 */
export const POSTGRES_SERVER_URL =
  process.env.GRU_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_SERVER_URL = process.env.GRU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

export function currentRunId(): string {
  const runId = process.env.GRU_TEST_RUN_ID;
  if (!runId)
    throw new Error('GRU_TEST_RUN_ID is not set: run tests through jest (test/global-setup.ts)');
  return runId;
}

export const templateDatabaseName = (runId: string) => `gru_test_${runId}_template`;
export const redisPrefixOf = (runId: string) => `gru_test_${runId}`;
export const databaseUrl = (name: string) => `${POSTGRES_SERVER_URL}/${name}`;
