import { loadConfigOrExit } from '@gru/config';
import { pendingSchemaChanges, runMigrations } from '../run-migrations';

/** CI: after every migration ran, the entities must not want any further change. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(['database']);
  await runMigrations(config.database.url);
  const pending = await pendingSchemaChanges(config.database.url);
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
