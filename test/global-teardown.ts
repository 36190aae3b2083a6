import { currentRunId, deleteRedisKeys, dropDatabasesOfRun, redisPrefixOf } from '@gru/testing';

export default async function globalTeardown(): Promise<void> {
  const runId = currentRunId();
  await dropDatabasesOfRun(runId);
  await deleteRedisKeys(redisPrefixOf(runId));
}
