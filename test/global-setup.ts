import { runMigrations } from '@gru/database';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { databaseUrl, newRunId, templateDatabaseName } from '@gru/testing';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Once per jest run: build the apps (process-level tests start dist/ the way production does) and
 * migrate a template database that every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '..');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const runId = newRunId();
  process.env.GRU_TEST_RUN_ID = runId;
  await runMigrations(databaseUrl(templateDatabaseName(runId)), PLATFORM_SCHEMA);
}
