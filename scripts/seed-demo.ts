import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { DEMO_ACCOUNTS, Role, StaffAccountsModule, StaffDirectory } from '@gru/auth';
import { ConfigModule, loadConfigOrExit } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { CitizenDirectory, CitizenMatcher } from '@gru/citizens';
import { QueueModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { RequestsModule, RequestWriter } from '@gru/requests';
import { VoiceAgent } from '@gru/voice';
import { DataSource } from 'typeorm';
import { DEMO_CITIZENS } from './demo-citizens';

/** Demo data for `npm run demo`. Refuses to run outside demo mode so production never gets these accounts. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(['database', 'redis', 'smtp', 'storage']);
  if (!config.demoMode) {
    process.stderr.write('seed-demo: refused, demo data is only for NODE_ENV=development\n');
    process.exit(1);
  }
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(PLATFORM_SCHEMA),
      RedisModule,
      QueueModule,
      StaffAccountsModule,
      RequestsModule,
    ],
  })
  class SeedModule {}
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error'] });
  try {
    const directory = app.get(StaffDirectory);
    for (const account of DEMO_ACCOUNTS) {
      const user = await directory.upsert(account);
      // The demo agents take calls from the desk (simulated telephony) without a manager's grant.
      if (account.role === Role.Agent)
        await app
          .get(DataSource)
          .getRepository(VoiceAgent)
          .upsert({ userId: user.id, phoneSkill: true }, ['userId']);
    }
    await seedCitizens(app.get(CitizenDirectory), app.get(CitizenMatcher), app.get(RequestWriter));
    process.stdout.write(
      `Demo accounts ready: ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')} (password: demo-password)\n`,
    );
  } finally {
    await app.close();
  }
}

/** Once: a second `npm run demo` finds the first demo citizen and leaves the data as it is. */
async function seedCitizens(
  citizens: CitizenDirectory,
  matcher: CitizenMatcher,
  requests: RequestWriter,
): Promise<void> {
  const [first] = DEMO_CITIZENS;
  if ((await matcher.candidates({ email: first.emails?.[0] })).length > 0) return;
  for (const { requests: demoRequests, ...citizen } of DEMO_CITIZENS) {
    const created = await citizens.create(citizen);
    for (const request of demoRequests)
      await requests.create({ citizenId: created.id, ...request }, null);
  }
  process.stdout.write(
    `Demo citizens ready: ${DEMO_CITIZENS.length} citizens with their requests\n`,
  );
}

main().catch((error: Error & { fieldErrors?: unknown }) => {
  process.stderr.write(
    `seed-demo failed: ${error.message} ${error.fieldErrors ? JSON.stringify(error.fieldErrors) : ''}\n`,
  );
  process.exit(1);
});
