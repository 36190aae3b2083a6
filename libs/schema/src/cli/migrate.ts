import { loadConfigOrExit } from '@gru/config';
import { runMigrations } from '@gru/database';
import { PLATFORM_SCHEMA } from '../platform-schema';

async function main(): Promise<void> {
  const config = loadConfigOrExit(['database']);
  const report = await runMigrations(config.database.url, PLATFORM_SCHEMA);
  const database = new URL(config.database.url).pathname.slice(1);
  if (report.databaseCreated) process.stdout.write(`Created database ${database}\n`);
  process.stdout.write(
    report.applied.length === 0
      ? `Database ${database} is up to date\n`
      : `Applied ${report.applied.length} migration(s) to ${database}: ${report.applied.join(', ')}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`Migration failed: ${error.message}\n`);
  process.exit(1);
});
