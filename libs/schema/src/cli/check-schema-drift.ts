import { loadConfigOrExit } from '@gru/config';
import { pendingSchemaChanges, runMigrations } from '@gru/database';
import { PLATFORM_SCHEMA } from '../platform-schema';

/** CI: after every migration ran, the entities must not want any further change. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(['database']);
  await runMigrations(config.database.url, PLATFORM_SCHEMA);
  const pending = await pendingSchemaChanges(config.database.url, PLATFORM_SCHEMA);
  if (pending.length > 0) {
    process.stderr.write(`Schema drift: the entities need a new migration:\n${pending.join(';\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('No schema drift: migrations match the entities\n');
}

main().catch((error: Error) => {
  process.stderr.write(`Schema drift check failed: ${error.message}\n`);
  process.exit(1);
});
