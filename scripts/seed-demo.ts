import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { DEMO_ACCOUNTS, StaffAccountsModule, StaffDirectory } from '@gru/auth';
import { ConfigModule, loadConfigOrExit } from '@gru/config';
import { DatabaseModule } from '@gru/database';

/** Demo data for `npm run demo`. Refuses to run outside demo mode so production never gets these accounts. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(['database']);
  if (!config.demoMode) {
    process.stderr.write('seed-demo: refused, demo data is only for NODE_ENV=development or GRU_DEMO=true\n');
    process.exit(1);
  }
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, StaffAccountsModule] })
  class SeedModule {}
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error'] });
  try {
    const directory = app.get(StaffDirectory);
    for (const account of DEMO_ACCOUNTS) await directory.upsert(account);
    process.stdout.write(`Demo accounts ready: ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')} (password: demo-password)\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`seed-demo failed: ${error.message}\n`);
  process.exit(1);
});
