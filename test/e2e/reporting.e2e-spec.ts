import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@gru/auth';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import { QueueName } from '@gru/queue';
import {
  CONTACTS_BY_MONTH,
  CONTACTS_CODED_BY_MONTH,
  CONTACTS_CODED_REGION_BY_MONTH,
  ROLLUP_TABLES,
  ContactsReports,
  contactsMonthlySource,
  DAILY,
  grainFor,
  HOURLY,
  MonthlyReports,
  periodOf,
  ReportingRollup,
} from '@gru/reporting';
import { ContactLog, ContactOutcome, ContactReason } from '@gru/requests';
import { SmtpListener, startSmtpListener, waitFor } from '@gru/testing';
import type { Queue } from 'bullmq';
import { stream as excelStream } from 'exceljs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startTestApi, TestApi } from '../support/test-api';

const PARIS = 'Europe/Paris';
const FIRST_DAY = '2026-01-01';
const DAYS = 100; // across the switch to summer time (29 March 2026)
const ANTENNAS = ['amiens', 'soissons', 'saint-quentin', null];
const SCHEMES = ['aide-au-permis', 'bourse-etudes', null];
const OUTCOMES = [
  ContactOutcome.AnsweredOnTheSpot,
  ContactOutcome.RequestCreated,
  ContactOutcome.Transferred,
];
const REASONS = [ContactReason.Information, ContactReason.Payment, ContactReason.Complaint, null];

/** The row-level truth: each groupBy dimension computed straight from the contacts. */
const TRUTH: Record<string, string> = {
  antenna: 'antenna_id',
  channel: 'channel::text',
  scheme: 'aid_scheme_slug',
  reason: 'reason_code',
  outcome: 'outcome::text',
  hour: `EXTRACT(HOUR FROM started_at AT TIME ZONE '${PARIS}')::int`,
  day: `to_char(started_at AT TIME ZONE '${PARIS}', 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', started_at AT TIME ZONE '${PARIS}'), 'YYYY-MM-DD')`,
  month: `to_char(started_at AT TIME ZONE '${PARIS}', 'YYYY-MM')`,
};

type Row = { key: Record<string, string | number | null>; contacts: number };
const canonical = (rows: Row[]) =>
  rows.map((row) => JSON.stringify([row.key, row.contacts])).sort();
const dayAfter = (day: string, days: number) =>
  DateTime.fromISO(day).plus({ days }).toISODate() as string;

describe('reporting', () => {
  let api: TestApi;
  let smtp: SmtpListener;
  let dataSource: DataSource;
  let manager: string;
  let admin: string;
  let amiensManager: string;
  let agent: string;
  let instructor: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    smtp = await startSmtpListener();
    api = await startTestApi({ SMTP_URL: smtp.url });
    dataSource = api.app.get(DataSource);
    manager = await api.tokenFor({ role: Role.Manager, email: 'directrice@gru.test' });
    admin = await api.tokenFor({ role: Role.Admin });
    amiensManager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    instructor = await api.tokenFor({ role: Role.Instructor });

    // Contacts spread over 100 Paris days, drawn once from a seed.
    const contacts = api.app.get(ContactLog);
    const start = DateTime.fromISO(FIRST_DAY, { zone: PARIS }).toMillis();
    const span = DAYS * 86_400_000;
    const draws = fc.sample(
      fc.record({
        at: fc.integer({ min: 0, max: span - 1 }),
        antenna: fc.constantFrom(...ANTENNAS),
        channel: fc.constantFrom(...Object.values(ContactChannel)),
        scheme: fc.constantFrom(...SCHEMES),
        reason: fc.constantFrom(...REASONS),
        outcome: fc.constantFrom(...OUTCOMES),
        seconds: fc.integer({ min: 0, max: 1800 }),
      }),
      { numRuns: 400, seed: 42 },
    );
    for (const draw of draws) {
      const startedAt = new Date(start + draw.at);
      await contacts.record({
        channel: draw.channel,
        startedAt,
        endedAt: new Date(startedAt.getTime() + draw.seconds * 1000),
        antennaId: draw.antenna,
        aidSchemeSlug: draw.scheme,
        reasonCode: draw.reason,
        outcome: draw.outcome,
      });
    }
    // Requests opened (and some resolved) over the same days, on every channel but the phone
    // (whose export is checked empty below).
    const citizen = await api.app.get(CitizenDirectory).create({ phones: [] });
    const requestDraws = fc.sample(
      fc.record({
        at: fc.integer({ min: 0, max: span - 1 }),
        resolvedAfter: fc.option(fc.integer({ min: 0, max: 40 * 86_400_000 }), { nil: null }),
        antenna: fc.constantFrom(...ANTENNAS),
        channel: fc.constantFrom('email', 'letter', 'visit', 'web'),
        scheme: fc.constantFrom(...SCHEMES),
      }),
      { numRuns: 200, seed: 43 },
    );
    for (const [index, draw] of requestDraws.entries()) {
      const resolvedAt =
        draw.resolvedAfter === null ? null : new Date(start + draw.at + draw.resolvedAfter);
      await dataSource.query(
        `INSERT INTO requests (reference, citizen_id, subject, aid_scheme_slug, channel, status, antenna_id, created_at, resolved_at)
         VALUES ($1, $2, 'Demande de test', $3, $4, $5, $6, $7, $8)`,
        [
          `T-${index}`,
          citizen.id,
          draw.scheme,
          draw.channel,
          resolvedAt ? 'resolved' : 'new',
          draw.antenna,
          new Date(start + draw.at),
          resolvedAt,
        ],
      );
    }
    // Past the last contact: resolutions run up to 40 days later.
    await api.app
      .get(ReportingRollup)
      .rebuild(new Date(start), new Date(start + span + 41 * 86_400_000));
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const contactsReport = (token: string, query: Record<string, string>) =>
    api.http().get('/api/reporting/contacts').query(query).set(auth(token));

  it('gives the same contacts as a recount of the rows, for random periods, groupings and filters, from the daily and the hourly rollups', async () => {
    const grainsRead = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: DAYS - 1 }),
        fc.integer({ min: 0, max: DAYS - 1 }),
        fc.subarray(Object.keys(TRUTH), { minLength: 0, maxLength: 3 }),
        fc.option(fc.constantFrom(...Object.values(ContactChannel)), { nil: undefined }),
        fc.option(fc.constantFrom('aide-au-permis', 'bourse-etudes'), { nil: undefined }),
        fc.option(fc.constantFrom(ContactReason.Information, ContactReason.Payment), {
          nil: undefined,
        }),
        async (a, b, groupBy, channel, scheme, reason) => {
          const from = dayAfter(FIRST_DAY, Math.min(a, b));
          const to = dayAfter(FIRST_DAY, Math.max(a, b));
          const query: Record<string, string> = { from, to, groupBy: groupBy.join(',') };
          const params: unknown[] = [
            DateTime.fromISO(from, { zone: PARIS }).toJSDate(),
            DateTime.fromISO(to, { zone: PARIS }).plus({ days: 1 }).toJSDate(),
          ];
          let where = 'started_at >= $1 AND started_at < $2';
          for (const [name, column, value] of [
            ['channel', 'channel', channel],
            ['scheme', 'aid_scheme_slug', scheme],
            ['reason', 'reason_code', reason],
          ] as const) {
            if (value === undefined) continue;
            query[name] = value;
            params.push(value);
            where += ` AND ${column} = $${params.length}`;
          }
          const response = await contactsReport(manager, query).expect(200);
          const body = response.body as { rows: Row[]; total: number };

          const columns = groupBy.map((name) => `${TRUTH[name]} AS "${name}"`);
          const truth: Record<string, unknown>[] = await dataSource.query(
            `SELECT ${[...columns, 'COUNT(*) AS contacts'].join(', ')} FROM contacts WHERE ${where}
             ${groupBy.length > 0 ? `GROUP BY ${groupBy.map((_, i) => i + 1).join(', ')}` : ''}`,
            params,
          );
          const expected = truth.map((row) => ({
            key: Object.fromEntries(
              groupBy.map((name) => [name, row[name] as string | number | null]),
            ),
            contacts: Number(row.contacts),
          }));
          expect(body.total).toBe(expected.reduce((sum, row) => sum + row.contacts, 0));
          expect(canonical(body.rows)).toEqual(canonical(expected));
          grainsRead.add(grainFor(groupBy).name);
          // A whole month split (and filtered) by what a monthly rollup keeps: it serves it.
          const start = DateTime.fromISO(from);
          const firstWhole = start.day === 1 ? start : start.plus({ months: 1 }).startOf('month');
          const wholeMonth = (firstWhole.endOf('month').toISODate() as string) <= to;
          // The query as the controller hands it over (period and grouping included).
          // The manager reads the whole region.
          const rollup = contactsMonthlySource(groupBy, query, null);
          if (wholeMonth && rollup === CONTACTS_BY_MONTH) grainsRead.add('monthly');
          if (wholeMonth && rollup === CONTACTS_CODED_BY_MONTH) grainsRead.add('monthly coded');
          if (wholeMonth && rollup === CONTACTS_CODED_REGION_BY_MONTH)
            grainsRead.add('monthly coded, region');

          // Without the hour of the day, the hourly rollup (what the API does not read) agrees too.
          if (!groupBy.includes('hour')) {
            const hourly = await api.app
              .get(ContactsReports)
              .report(
                periodOf(from, to),
                groupBy,
                null,
                { channel, scheme, reason },
                undefined,
                HOURLY,
              );
            expect(canonical(hourly.rows)).toEqual(canonical(expected));
            grainsRead.add(HOURLY.name);
          }
        },
      ),
      {
        numRuns: 60,
        seed: 7,
        // The whole period: each monthly rollup is read at least once, whatever the draws.
        examples: [
          [0, DAYS - 1, ['antenna', 'month'], ContactChannel.Phone, undefined, undefined],
          [0, DAYS - 1, ['scheme', 'outcome'], undefined, undefined, ContactReason.Information],
          [0, DAYS - 1, ['antenna', 'scheme'], undefined, 'aide-au-permis', undefined],
        ],
      },
    );
    expect([...grainsRead].sort()).toEqual([
      DAILY.name,
      HOURLY.name,
      'monthly',
      'monthly coded',
      'monthly coded, region',
    ]);
  }, 120_000);

  it('gives the same requests opened and resolved as a recount, for random periods and groupings', async () => {
    const truthOf = (column: string): Record<string, string> => ({
      antenna: 'antenna_id',
      channel: 'channel::text',
      scheme: 'aid_scheme_slug',
      week: `to_char(date_trunc('week', ${column} AT TIME ZONE '${PARIS}'), 'YYYY-MM-DD')`,
      month: `to_char(${column} AT TIME ZONE '${PARIS}', 'YYYY-MM')`,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: DAYS + 30 }),
        fc.integer({ min: 0, max: DAYS + 30 }),
        fc.subarray(['antenna', 'channel', 'scheme', 'week', 'month'], { maxLength: 2 }),
        async (a, b, groupBy) => {
          const from = dayAfter(FIRST_DAY, Math.min(a, b));
          const to = dayAfter(FIRST_DAY, Math.max(a, b));
          const response = await api
            .http()
            .get('/api/reporting/requests')
            .query({ from, to, groupBy: groupBy.join(',') })
            .set(auth(manager))
            .expect(200);
          const body = response.body as {
            rows: { key: Row['key']; opened: number; resolved: number }[];
            total: { opened: number; resolved: number };
          };
          const range = [
            DateTime.fromISO(from, { zone: PARIS }).toJSDate(),
            DateTime.fromISO(to, { zone: PARIS }).plus({ days: 1 }).toJSDate(),
          ];
          const recount = async (column: string) => {
            const columns = groupBy.map((name) => `${truthOf(column)[name]} AS "${name}"`);
            const rows: Record<string, unknown>[] = await dataSource.query(
              `SELECT ${[...columns, 'COUNT(*) AS n'].join(', ')} FROM requests
                WHERE ${column} >= $1 AND ${column} < $2
                ${groupBy.length > 0 ? `GROUP BY ${groupBy.map((_, i) => i + 1).join(', ')}` : ''}`,
              range,
            );
            return new Map(
              rows.map((row) => [
                JSON.stringify(groupBy.map((name) => row[name] ?? null)),
                Number(row.n),
              ]),
            );
          };
          const [opened, resolved] = await Promise.all([
            recount('created_at'),
            recount('resolved_at'),
          ]);
          const keys = new Set([...opened.keys(), ...resolved.keys()]);
          const expected = [...keys]
            .map((key) => [key, opened.get(key) ?? 0, resolved.get(key) ?? 0])
            .filter(([, o, r]) => groupBy.length === 0 || Number(o) + Number(r) > 0)
            .map((entry) => JSON.stringify(entry))
            .sort();
          const actual = body.rows
            .map((row) =>
              JSON.stringify([
                JSON.stringify(groupBy.map((name) => row.key[name] ?? null)),
                row.opened,
                row.resolved,
              ]),
            )
            .sort();
          if (groupBy.length > 0) expect(actual).toEqual(expected);
          const sum = (counts: Map<string, number>) =>
            [...counts.values()].reduce((total, n) => total + n, 0);
          expect(body.total).toMatchObject({ opened: sum(opened), resolved: sum(resolved) });
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  }, 120_000);

  it('rebuilds idempotently: a second and an overlapping rebuild leave the same tables', async () => {
    const tables = ROLLUP_TABLES;
    const snapshot = async () =>
      Promise.all(
        tables.map((table) =>
          dataSource
            .query<Record<string, unknown>[]>(`SELECT * FROM ${table}`)
            .then((rows) => rows.map((row) => JSON.stringify(row)).sort()),
        ),
      );
    const before = await snapshot();
    const rollup = api.app.get(ReportingRollup);
    const start = DateTime.fromISO(FIRST_DAY, { zone: PARIS });
    const rebuiltAt = new Date();
    await rollup.rebuild(start.toJSDate(), start.plus({ days: DAYS + 1 }).toJSDate());
    // Over a hundred days rewritten: the tables are vacuumed and their statistics renewed with them.
    const stale = await dataSource.query<{ relname: string }[]>(
      `SELECT relname FROM pg_stat_user_tables
        WHERE relname = ANY($1) AND (last_analyze IS NULL OR last_analyze < $2
                                     OR last_vacuum IS NULL OR last_vacuum < $2)`,
      [tables, rebuiltAt],
    );
    expect(stale).toEqual([]);
    await rollup.rebuild(start.plus({ days: 20 }).toJSDate(), start.plus({ days: 45 }).toJSDate());
    expect(await snapshot()).toEqual(before);
    expect(before[0].length).toBeGreaterThan(0);
    // Two workers at once on overlapping days (a rebuild and the minute's rollup of today): one
    // waits for the other instead of failing on the rows both insert.
    await Promise.all([
      rollup.rebuild(start.plus({ days: 10 }).toJSDate(), start.plus({ days: 40 }).toJSDate()),
      rollup.rebuild(start.plus({ days: 30 }).toJSDate(), start.plus({ days: 50 }).toJSDate()),
      rollup.rebuild(start.plus({ days: 35 }).toJSDate(), start.plus({ days: 36 }).toJSDate()),
    ]);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('compares with the previous period of the same length', async () => {
    const response = await contactsReport(manager, { from: '2026-02-01', to: '2026-02-28' }).expect(
      200,
    );
    const body = response.body as { previous: { from: string; to: string; total: number } };
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      `SELECT COUNT(*) AS count FROM contacts WHERE started_at >= $1 AND started_at < $2`,
      [
        DateTime.fromISO('2026-01-04', { zone: PARIS }).toJSDate(),
        DateTime.fromISO('2026-02-01', { zone: PARIS }).toJSDate(),
      ],
    );
    expect(body.previous).toMatchObject({
      from: '2026-01-04',
      to: '2026-01-31',
      total: Number(count),
    });
  });

  it('shows an antenna manager their antenna only, and nothing to agents and instructors', async () => {
    const own = await contactsReport(amiensManager, {
      from: FIRST_DAY,
      to: '2026-04-10',
      groupBy: 'antenna',
    }).expect(200);
    expect((own.body as { rows: Row[] }).rows.map((row) => row.key.antenna)).toEqual(['amiens']);
    await contactsReport(amiensManager, {
      from: FIRST_DAY,
      to: '2026-01-31',
      antennaId: 'soissons',
    }).expect(403);
    for (const path of [
      'contacts',
      'requests',
      'voice',
      'activity',
      'footfall',
      'exports/contacts.csv',
    ]) {
      await api
        .http()
        .get(`/api/reporting/${path}`)
        .query({ from: FIRST_DAY, to: '2026-01-31' })
        .set(auth(agent))
        .expect(403);
      await api
        .http()
        .get(`/api/reporting/${path}`)
        .query({ from: FIRST_DAY, to: '2026-01-31' })
        .set(auth(instructor))
        .expect(403);
    }
    const voice = await api
      .http()
      .get('/api/reporting/voice')
      .query({ from: FIRST_DAY, to: '2026-04-10', groupBy: 'antenna' })
      .set(auth(amiensManager))
      .expect(200);
    expect((voice.body as { jainIndex: number | null }).jainIndex).toBeNull();
    const csv = await api
      .http()
      .get('/api/reporting/exports/contacts.csv')
      .query({ from: FIRST_DAY, to: '2026-04-10' })
      .set(auth(amiensManager))
      .expect(200);
    const lines = csv.text.trim().split('\n').slice(1);
    expect(lines.length).toBe(Number(csv.headers['x-total-count']));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.split(',')[6] === 'amiens')).toBe(true);
  });

  it('refuses bad dates, ranges and groupings with 400', async () => {
    const bad: Record<string, string>[] = [
      { from: '2026-02-31', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-02-01' },
      { from: 'yesterday', to: '2026-02-01' },
      { from: '2000-01-01', to: '2026-01-01' },
      { from: FIRST_DAY, to: '2026-01-31', groupBy: 'antenna,antenna' },
      { from: FIRST_DAY, to: '2026-01-31', groupBy: 'citizen' },
      { to: '2026-01-31' },
    ];
    for (const query of bad) await contactsReport(manager, query).expect(400);
    await api
      .http()
      .get('/api/reporting/voice')
      .query({ from: FIRST_DAY, to: '2026-01-31', groupBy: 'channel' })
      .set(auth(manager))
      .expect(400);
    await api
      .http()
      .get('/api/reporting/activity')
      .query({ from: FIRST_DAY, to: '2026-01-31', groupBy: 'day' })
      .set(auth(manager))
      .expect(400);
    await api
      .http()
      .post('/api/reporting/rebuild')
      .send({ from: '2026-01-02', to: '2026-01-01' })
      .set(auth(admin))
      .expect(400);
    await api
      .http()
      .post('/api/reporting/rebuild')
      .send({ from: FIRST_DAY, to: '2026-01-02' })
      .set(auth(manager))
      .expect(403);
  });

  it('counts front-desk visits per antenna and hour of the day', async () => {
    const response = await api
      .http()
      .get('/api/reporting/footfall')
      .query({ from: FIRST_DAY, to: '2026-04-10' })
      .set(auth(manager))
      .expect(200);
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      `SELECT COUNT(*) AS count FROM contacts
        WHERE channel = 'visit' AND direction = 'inbound' AND started_at >= $1 AND started_at < $2`,
      [
        DateTime.fromISO(FIRST_DAY, { zone: PARIS }).toJSDate(),
        DateTime.fromISO('2026-04-11', { zone: PARIS }).toJSDate(),
      ],
    );
    const body = response.body as { rows: Row[]; total: number };
    expect(body.total).toBe(Number(count));
    expect(body.rows.every((row) => typeof row.key.hour === 'number' && 'antenna' in row.key)).toBe(
      true,
    );
  });

  it('exports the same rows as CSV and XLSX, announcing the count first', async () => {
    const query = { from: FIRST_DAY, to: '2026-04-10', channel: 'phone' };
    const csv = await api
      .http()
      .get('/api/reporting/exports/contacts.csv')
      .query(query)
      .set(auth(manager))
      .expect(200);
    const total = Number(csv.headers['x-total-count']);
    expect(csv.text.trim().split('\n').length).toBe(total + 1);
    const xlsx = await api
      .http()
      .get('/api/reporting/exports/contacts.xlsx')
      .query(query)
      .set(auth(manager))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Number(xlsx.headers['x-total-count'])).toBe(total);
    let rows = 0;
    for await (const sheet of new excelStream.xlsx.WorkbookReader(
      Readable.from([xlsx.body as Buffer]),
      {},
    ))
      for await (const row of sheet) if (row.number > 1) rows += 1;
    expect(rows).toBe(total);
    const requests = await api
      .http()
      .get('/api/reporting/exports/requests.csv')
      .query(query)
      .set(auth(manager))
      .expect(200);
    expect(requests.headers['x-total-count']).toBe('0');
  });

  it('shows today live: a visit recorded now appears once the worker rolls today up', async () => {
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ ...api.config, worker: { port: 0, queues: [QueueName.Reporting] } }),
      { logger: false, abortOnError: false },
    );
    await worker.init();
    try {
      const schedulers = await worker
        .get<Queue>(getQueueToken(QueueName.Reporting))
        .getJobSchedulers();
      expect(schedulers.find((entry) => entry.name === 'rollup-today')).toMatchObject({
        every: 60_000,
      });
      const today = DateTime.now().setZone(PARIS).toISODate() as string;
      const count = async () =>
        (
          (
            await contactsReport(amiensManager, {
              from: today,
              to: today,
              channel: 'visit',
            }).expect(200)
          ).body as { total: number }
        ).total;
      const before = await count();
      await api
        .http()
        .post('/api/contacts')
        .send({ channel: 'visit' })
        .set(auth(agent))
        .expect(201);
      await api
        .http()
        .post('/api/reporting/rebuild')
        .send({ from: today, to: today })
        .set(auth(admin))
        .expect(202);
      await waitFor(async () => (await count()) === before + 1, 20_000, 'the visit in the report');
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('mails the monthly report once, however often the job runs', async () => {
    const monthly = api.app.get(MonthlyReports);
    const outcomes = await Promise.all([monthly.send('2026-02-01'), monthly.send('2026-02-01')]);
    expect(outcomes.sort()).toEqual(['already-sent', 'sent']);
    expect(await monthly.send('2026-02-01')).toBe('already-sent');
    const [mail] = await smtp.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(1);
    expect(mail.envelopeTo).toEqual(['directrice@gru.test']);
    expect(mail.parsed.subject).toBe('Rapport mensuel de la relation usagers — février 2026');
    const pdf = mail.parsed.attachments[0];
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
