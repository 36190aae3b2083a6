import { currentRunId, deleteRedisKeys, dropDatabasesOfRun, redisPrefixOf } from '@gru/testing';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const runId = currentRunId();
  await dropDatabasesOfRun(runId);
  await deleteRedisKeys(redisPrefixOf(runId));
  const storageDirectories = (await readdir(tmpdir())).filter((name) =>
    name.startsWith(redisPrefixOf(runId)),
  );
  await Promise.all(
    storageDirectories.map((name) => rm(join(tmpdir(), name), { recursive: true, force: true })),
  );
}
