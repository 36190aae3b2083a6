import { Global, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@gru/config';
import { AUDIT_SCHEMA } from '@gru/audit';
import { AUTH_SCHEMA } from '@gru/auth';
import { CALENDAR_SCHEMA } from '@gru/calendar';
import { CITIZENS_SCHEMA } from '@gru/citizens';
import { composeSchema, DatabaseModule } from '@gru/database';
import { KNOWLEDGE_SCHEMA } from '@gru/knowledge';
import { REQUESTS_SCHEMA } from '@gru/requests';
import { TERRITORY_SCHEMA } from '@gru/territory';
import { MetricsRegistry } from '@gru/observability';
import { ALL_QUEUES, JobProducer, QueueModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import {
  createTestDatabase,
  deleteRedisKeys,
  DovecotServer,
  MailUser,
  SmtpListener,
  startDovecot,
  startSmtpListener,
  testConfig,
  TestDatabase,
} from '@gru/testing';
import { DataSource } from 'typeorm';
import { ImapConnector } from '../imap/imap-connector';
import { MailboxDirectory } from '../mailbox-directory.service';
import { MailboxesJobsModule } from '../mailboxes-jobs.module';
import { MailboxesModule } from '../mailboxes.module';
import { MAILBOXES_SCHEMA } from '../mailboxes-schema';

export const GENERAL: MailUser = { user: 'contact@region.test', password: 'general-secret' };
export const PERMIS: MailUser = { user: 'permis@region.test', password: 'permis-secret' };

export interface MailTestContext {
  readonly app: TestingModule;
  readonly imap: DovecotServer;
  readonly smtp: SmtpListener;
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

@Global()
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
class TestMetricsModule {}

/**
 * A real Dovecot holding the general mailbox and the driving-licence aid's, a real SMTP listener,
 * a private database and Redis prefix, and the mail services with their worker (acknowledgements
 * and replies really go out). `connector` replaces the IMAP seam to interrupt a sweep.
 */
export async function startMailTestContext(
  options: {
    connector?: new (...args: never[]) => ImapConnector;
    settings?: Record<string, string>;
  } = {},
): Promise<MailTestContext> {
  const [imap, smtp, database] = await Promise.all([
    startDovecot([GENERAL, PERMIS]),
    startSmtpListener(),
    createTestDatabase(),
  ]);
  const config = testConfig(database.url, {
    SMTP_URL: smtp.url,
    MAILBOX_GENERAL_PASSWORD: GENERAL.password,
    MAILBOX_PERMIS_PASSWORD: PERMIS.password,
    MAIL_IDLE: 'false',
    MAIL_SWEEP_INTERVAL_SECONDS: '3600',
    ...options.settings,
  });
  let builder = Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      // The platform schema without the libraries mail does not use (the template has them all).
      DatabaseModule.forRoot(
        composeSchema([
          AUDIT_SCHEMA,
          AUTH_SCHEMA,
          TERRITORY_SCHEMA,
          CALENDAR_SCHEMA,
          KNOWLEDGE_SCHEMA,
          CITIZENS_SCHEMA,
          REQUESTS_SCHEMA,
          MAILBOXES_SCHEMA,
        ]),
      ),
      RedisModule,
      QueueModule,
      TestMetricsModule,
      MailboxesModule,
      MailboxesJobsModule,
    ],
  });
  if (options.connector)
    builder = builder.overrideProvider(ImapConnector).useClass(options.connector);
  const app = await builder.compile();
  await app.init();
  const producer = app.get(JobProducer);
  await Promise.all(ALL_QUEUES.map((name) => producer.queue(name).waitUntilReady()));
  const mailboxes = app.get(MailboxDirectory);
  const common = {
    imapHost: imap.host,
    imapPort: imap.port,
    imapTls: false,
    processedFolder: 'Traites',
  };
  await mailboxes.create({
    ...common,
    id: 'general',
    address: GENERAL.user,
    displayName: 'Boîte générale',
    imapUser: GENERAL.user,
    passwordEnv: 'MAILBOX_GENERAL_PASSWORD',
    smtpFrom: `Région Hauts-de-France <${GENERAL.user}>`,
  });
  await mailboxes.create({
    ...common,
    id: 'permis',
    address: PERMIS.user,
    displayName: 'Aide au permis',
    aidSchemeSlug: 'aide-permis',
    imapUser: PERMIS.user,
    passwordEnv: 'MAILBOX_PERMIS_PASSWORD',
    smtpFrom: `Aide au permis <${PERMIS.user}>`,
  });
  return {
    app,
    imap,
    smtp,
    database,
    dataSource: app.get(DataSource),
    async close() {
      await app.close();
      await Promise.all([imap.close(), smtp.close(), deleteRedisKeys(config.redis.keyPrefix)]);
      await database.drop();
    },
  };
}
