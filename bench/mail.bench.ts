import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@gru/config';
import { dropDatabase, runMigrations } from '@gru/database';
import { MailboxDirectory, MailboxSweep, MailFileImport } from '@gru/mailboxes';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { deleteRedisKeys, POSTGRES_SERVER_URL, REDIS_SERVER_URL, startDovecot } from '@gru/testing';
import { simpleParser } from 'mailparser';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAIL_IMPORT_SECTIONS, MailImportModule } from '../tools/mail-import/mail-import.module';
import type { Benchmark } from './benchmark';

const MESSAGES = 300;
const PARSE_ROUNDS = 5;
const CORPUS = resolve(__dirname, '../../shared/corpus/emails');
const MAILBOX = { user: 'contact@region.test', password: 'bench-secret' };

/** A citizen's message as mail clients send them: accents, QP body, a signature with a postcode. */
function sampleMessage(index: number): Buffer {
  const body = `Bonjour,\n\nJe souhaite bénéficier de l'aide régionale n°${index}. Pouvez-vous m'indiquer les pièces à fournir ?\n\nCordialement,\nCitoyen ${index}\n80100 Abbeville\n`;
  return Buffer.from(
    [
      `From: =?UTF-8?Q?C=C3=A9line_N${index}?= <citoyen.${index}@usager.test>`,
      `To: ${MAILBOX.user}`,
      `Subject: =?UTF-8?Q?Demande_d=E2=80=99aide_n=C2=B0${index}?=`,
      `Date: ${new Date().toUTCString()}`,
      `Message-ID: <bench-${index}-${randomBytes(4).toString('hex')}@usager.test>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(body).toString('base64'),
      '',
    ].join('\r\n'),
  );
}

async function withPipeline<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const name = `gru_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${POSTGRES_SERVER_URL}/${name}`;
  let app: INestApplicationContext | undefined;
  try {
    await runMigrations(databaseUrl, PLATFORM_SCHEMA);
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        GRU_CONFIG_DIR: resolve(__dirname, '../config'),
        DATABASE_URL: databaseUrl,
        REDIS_URL: REDIS_SERVER_URL,
        REDIS_PREFIX: name,
        STORAGE_DIR: join(tmpdir(), name),
        MAILBOX_BENCH_PASSWORD: MAILBOX.password,
        LOG_LEVEL: 'silent',
      },
      MAIL_IMPORT_SECTIONS,
    );
    app = await NestFactory.createApplicationContext(MailImportModule.forRoot(config), {
      logger: false,
    });
    return await work(app);
  } finally {
    await app?.close();
    await dropDatabase(databaseUrl);
    await deleteRedisKeys(name, REDIS_SERVER_URL);
  }
}

const rate = (count: number, ms: number) => Math.round(count / (ms / 1000));

const benchmark: Benchmark = {
  title: 'Mailboxes: IMAP to committed request, and the corpus import',
  async run(log) {
    const dovecot = await startDovecot([MAILBOX]);
    try {
      const messages = Array.from({ length: MESSAGES }, (_, index) => sampleMessage(index));
      const pipeline = await withPipeline(async (app) => {
        await app.get(MailboxDirectory).create({
          id: 'general',
          address: MAILBOX.user,
          displayName: 'Boîte générale',
          imapHost: dovecot.host,
          imapPort: dovecot.port,
          imapTls: false,
          imapUser: MAILBOX.user,
          passwordEnv: 'MAILBOX_BENCH_PASSWORD',
          processedFolder: 'Traites',
          smtpFrom: MAILBOX.user,
        });
        log(`delivering ${MESSAGES} messages by IMAP APPEND`);
        for (const message of messages) await dovecot.deliver(MAILBOX, message);
        const startedAt = performance.now();
        const report = await app.get(MailboxSweep).sweep('general');
        const elapsed = performance.now() - startedAt;
        if (report.created !== MESSAGES) throw new Error(`sweep created ${report.created}`);
        log(`sweep: ${MESSAGES} requests in ${Math.round(elapsed)} ms`);
        return elapsed;
      });
      const parseRates: number[] = [];
      for (let round = 0; round <= PARSE_ROUNDS; round += 1) {
        const startedAt = performance.now();
        for (const message of messages) await simpleParser(message);
        if (round > 0) parseRates.push(rate(MESSAGES, performance.now() - startedAt));
      }
      const parseRate = parseRates.sort((a, b) => a - b)[Math.floor(PARSE_ROUNDS / 2)];
      const pipelineRate = rate(MESSAGES, pipeline);
      log(`pipeline ${pipelineRate}/s, mailparser alone ${parseRate}/s`);

      let corpus = '_The corpus `../shared/corpus/emails` is absent on this machine._';
      if (existsSync(CORPUS)) {
        const runs = await withPipeline(async (app) => {
          await app.get(MailboxDirectory).create({
            id: 'general',
            address: MAILBOX.user,
            displayName: 'Boîte générale',
            imapHost: dovecot.host,
            imapPort: dovecot.port,
            imapTls: false,
            imapUser: MAILBOX.user,
            passwordEnv: 'MAILBOX_BENCH_PASSWORD',
            processedFolder: 'Traites',
            smtpFrom: MAILBOX.user,
          });
          const importer = app.get(MailFileImport);
          const first = await importer.run('general', [CORPUS]);
          const second = await importer.run('general', [CORPUS]);
          return { first, second };
        });
        const row = (label: string, s: typeof runs.first) =>
          `| ${label} | ${s.read} | ${s.created} | ${s.threaded} | ${s.duplicates} | ${s.quarantined} | ${s.ignored} | ${s.failed} |`;
        corpus = [
          '| `npm run mail:import -- ../shared/corpus/emails` | read | created | threaded | duplicates | quarantined | ignored | failed |',
          '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          row('first run', runs.first),
          row('second run', runs.second),
          '',
          'First-run duplicates are fixtures that several parser projects share (same Message-ID, or',
          'same content without one). Ignored: bounces and automatic replies, filed without a request (on',
          'the request of the message they answer when we know it). Quarantined: fragments with neither',
          'sender, Message-ID nor date (top-level `message/delivery-status`, a bare MHTML page…).',
        ].join('\n');
        log(`corpus: ${JSON.stringify(runs.first)} then ${JSON.stringify(runs.second)}`);
      }
      return [
        `### From IMAP to committed request (${MESSAGES} messages, one sweep, Dovecot on 127.0.0.1)`,
        '',
        '| Measure | Messages per second |',
        '| --- | ---: |',
        `| Sweep: fetch by UID, parse, store raw, citizen match, request + contact, acknowledgement queued, move | ${pipelineRate} |`,
        `| mailparser \`simpleParser\` alone on the same messages (median of ${PARSE_ROUNDS}) | ${parseRate} |`,
        `| Ratio (target ≥ 0.5) | ${(pipelineRate / parseRate).toFixed(2)} |`,
        '',
        `Target not met: ${(1000 / pipelineRate).toFixed(1)} ms per message against ${(1000 / parseRate).toFixed(2)} ms`,
        'to parse one. A CPU profile of the sweep shows the process idle over half the time: it waits',
        'for PostgreSQL, one durable commit per step (raw message claimed, citizen, contact, request with',
        'its reference and timeline, acknowledgement, filed state, delivery), each step idempotent so a',
        'crash resumes without duplicates. Eight senders are filed in parallel (16 gained nothing). Closing',
        'the gap means one transaction per window of messages, which the requests and citizens services',
        'do not offer yet (they open their own transactions).',
        '',
        '### Third-party corpus (197 messages from parsers’ test suites)',
        '',
        corpus,
      ].join('\n');
    } finally {
      await dovecot.close();
    }
  },
};

export default benchmark;
