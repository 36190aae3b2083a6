import { Role } from '@gru/auth';
import { ReportingRollup } from '@gru/reporting';
import { Client } from 'pg';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FULL_VOLUME } from '../tools/volume-seed/volume-plan';
import { seedVolume } from '../tools/volume-seed/volume-seeder';
import { startBenchApi } from './bench-api';
import type { Benchmark } from './benchmark';
import { LoadResult, measureGets } from './http-load';

const SAMPLES = 200;
const WARM_UP = 20;
const CONCURRENCY = 4;
const TARGET_P95_MS = 200;
const PHONE_AGENTS = 40;
const EXPORT_ROWS = 1_000_000;

function benchScale(): number {
  const raw = process.env.GRU_BENCH_SCALE ?? '1';
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`GRU_BENCH_SCALE must be a positive number (got ${raw})`);
  return scale;
}

const ms = (value: number) => value.toFixed(1);
const day = (date: Date) => date.toISOString().slice(0, 10);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * The seed has no routing details: phone calls get an answering agent (40 agents over the
 * antennas), a wait and a routing step, and the agents a working day of presence, so that the
 * voice and activity rollups have volume too.
 */
async function addPhoneActivity(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      WITH antennas AS (SELECT array_agg(DISTINCT antenna_id ORDER BY antenna_id) AS ids FROM contacts WHERE antenna_id IS NOT NULL)
      UPDATE contacts SET
        agent_user_id = CASE WHEN outcome IN ('answered_on_the_spot', 'transferred')
          THEN md5('bench-agent-' || (abs(hashtext(id::text)) % ${PHONE_AGENTS}))::uuid END,
        details = details || jsonb_build_object('routedBy', 'postcode',
          'waitSeconds', abs(hashtext(id::text)) % 90, 'step', (abs(hashtext(id::text)) % 5 = 0)::int,
          'talkSeconds', duration_seconds)
      WHERE channel = 'phone' AND direction = 'inbound' AND outcome <> 'out_of_hours'`);
    await client.query(`
      WITH antennas AS (SELECT array_agg(DISTINCT antenna_id ORDER BY antenna_id) AS ids FROM contacts WHERE antenna_id IS NOT NULL),
           span AS (SELECT min(started_at)::date AS first, max(started_at)::date AS last FROM contacts)
      INSERT INTO voice_presence_periods (user_id, group_id, presence, started_at, ended_at)
      SELECT md5('bench-agent-' || n)::uuid, antennas.ids[1 + n % array_length(antennas.ids, 1)], 'available',
             (d + time '08:30') AT TIME ZONE 'Europe/Paris', (d + time '17:00') AT TIME ZONE 'Europe/Paris'
        FROM antennas, span, generate_series(0, ${PHONE_AGENTS - 1}) AS n,
             generate_series(span.first, span.last, interval '1 day') AS d
       WHERE extract(isodow FROM d) < 6`);
    await client.query('VACUUM (ANALYZE) contacts, voice_presence_periods');
  } finally {
    await client.end();
  }
}

interface Download {
  readonly bytes: number;
  readonly lines: number;
  readonly total: number;
  readonly seconds: number;
  readonly firstByteMs: number;
  /** Peak RSS of this process (server and client) over its level before the download. */
  readonly peakMb: number;
}

/** Downloads a file, counting bytes and lines on the fly, and samples the peak RSS meanwhile. */
async function download(url: string, headers: Record<string, string>): Promise<Download> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    let bytes = 0;
    let lines = 0;
    let firstByteMs = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    }
    return {
      bytes,
      lines,
      total: Number(response.headers.get('x-total-count')),
      seconds: (performance.now() - started) / 1000,
      firstByteMs,
      peakMb: (peak - baseline) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}

interface Route {
  readonly label: string;
  readonly query: (i: number) => string;
}

const reportingBenchmark: Benchmark = {
  title: 'Reporting: dashboard queries and exports at volume',
  async run(log) {
    const scale = benchScale();
    let seedSeconds = 0;
    log(`seeding ${scale === 1 ? 'the full volume' : `${scale} × the volume`}…`);
    const api = await startBenchApi({
      role: Role.Manager,
      prepare: async (databaseUrl) => {
        const started = performance.now();
        await seedVolume(
          databaseUrl,
          {
            ...FULL_VOLUME,
            scale,
            seed: 1,
            append: false,
            until: new Date(new Date().toISOString().slice(0, 10)),
            configDirectory: resolve(__dirname, '../config'),
          },
          () => undefined,
        );
        await addPhoneActivity(databaseUrl);
        seedSeconds = (performance.now() - started) / 1000;
      },
    });
    try {
      const client = new Client({ connectionString: api.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{
        first: Date;
        last: Date;
        contacts: string;
        phone: string;
      }>(
        `SELECT min(started_at) AS first, max(started_at) AS last, count(*) AS contacts,
                count(*) FILTER (WHERE details ? 'routedBy') AS phone FROM contacts`,
      );
      const { first, last } = rows[0];
      log(
        `seeded in ${seedSeconds.toFixed(0)} s: ${rows[0].contacts} contacts; rebuilding the rollups…`,
      );
      const rebuildStarted = performance.now();
      const rebuiltDays = await api.app.get(ReportingRollup).rebuild(first, addDays(last, 1));
      const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
      const { rows: sizes } = await client.query<{ table: string; rows: string }>(
        `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables
          WHERE relname LIKE 'reporting_%' ORDER BY relname`,
      );
      log(`rebuilt ${rebuiltDays} days in ${rebuildSeconds.toFixed(1)} s`);

      // Random periods inside the seeded years: a month, a quarter, a year, and all ten years.
      const spanDays = Math.floor((last.getTime() - first.getTime()) / 86_400_000);
      const random = (i: number, length: number) => {
        const offset = (i * 7919) % Math.max(1, spanDays - length);
        const from = addDays(first, offset);
        return `from=${day(from)}&to=${day(addDays(from, length - 1))}`;
      };
      const all = `from=${day(first)}&to=${day(last)}`;
      const routes: Route[] = [
        {
          label: 'Contacts, a month, `groupBy=antenna,channel`',
          query: (i) => `contacts?${random(i, 30)}&groupBy=antenna,channel`,
        },
        {
          label: 'Contacts, a year, `groupBy=month,channel`',
          query: (i) => `contacts?${random(i, 365)}&groupBy=month,channel`,
        },
        {
          label: 'Contacts, a year, one antenna, `groupBy=scheme,reason,outcome`',
          query: (i) => `contacts?${random(i, 365)}&antennaId=amiens&groupBy=scheme,reason,outcome`,
        },
        {
          label: 'Contacts, a year, all antennas, `groupBy=scheme,reason,outcome`',
          query: (i) => `contacts?${random(i, 365)}&groupBy=scheme,reason,outcome`,
        },
        {
          label: 'Contacts, ten years, `groupBy=antenna,month`',
          query: () => `contacts?${all}&groupBy=antenna,month`,
        },
        {
          label: 'Requests, a quarter, `groupBy=antenna,channel` (with backlog)',
          query: (i) => `requests?${random(i, 91)}&groupBy=antenna,channel`,
        },
        {
          label: 'Requests, a year, `groupBy=week`',
          query: (i) => `requests?${random(i, 365)}&groupBy=week`,
        },
        {
          label: 'Voice, a month, `groupBy=antenna` (with Jain)',
          query: (i) => `voice?${random(i, 30)}&groupBy=antenna`,
        },
        {
          label: 'Voice, a year, `groupBy=day`',
          query: (i) => `voice?${random(i, 365)}&groupBy=day`,
        },
        {
          label: 'Activity, a month, `groupBy=agent`',
          query: (i) => `activity?${random(i, 30)}&groupBy=agent`,
        },
        {
          label: 'Activity, a year, `groupBy=antenna`',
          query: (i) => `activity?${random(i, 365)}&groupBy=antenna`,
        },
        { label: 'Footfall, a year (antenna × hour)', query: (i) => `footfall?${random(i, 365)}` },
        {
          label: 'Contacts, today (live)',
          query: () => `contacts?from=${day(new Date())}&to=${day(new Date())}&groupBy=channel`,
        },
      ];
      const headers = { authorization: `Bearer ${api.token}` };
      const table: string[] = [];
      const loadBefore = load();
      for (const route of routes) {
        const url = (i: number) => `${api.baseUrl}/api/reporting/${route.query(i)}`;
        await measureGets((i) => url(SAMPLES + i), headers, WARM_UP, CONCURRENCY);
        const result: LoadResult = await measureGets(url, headers, SAMPLES, CONCURRENCY);
        log(
          `${route.label}: p50 ${ms(result.p50Ms)} ms, p95 ${ms(result.p95Ms)} ms, ${result.failures} non-200`,
        );
        table.push(
          `| ${route.label} | ${result.requests} | ${ms(result.p50Ms)} | ${ms(result.p95Ms)} | ${ms(result.p99Ms)} | ${result.failures} | ${result.p95Ms < TARGET_P95_MS ? 'yes' : '**no**'} |`,
        );
      }

      const loadAfter = load();
      // The export: the most recent days holding a million contacts (or all of them at a small scale).
      const { rows: cut } = await client.query<{ from: Date | null }>(
        `SELECT started_at AS from FROM contacts ORDER BY started_at DESC OFFSET $1 LIMIT 1`,
        [EXPORT_ROWS - 1],
      );
      await client.end();
      const exportFrom = day(addDays(cut[0]?.from ?? first, 1));
      const exportQuery = `from=${exportFrom}&to=${day(last)}`;
      log(`exporting contacts.csv from ${exportFrom}…`);
      const csv = await download(
        `${api.baseUrl}/api/reporting/exports/contacts.csv?${exportQuery}`,
        headers,
      );
      log(
        `exported ${csv.lines - 1} rows (${csv.total} announced) in ${csv.seconds.toFixed(1)} s, peak RSS +${csv.peakMb.toFixed(1)} MB`,
      );
      log(`exporting contacts.xlsx from ${exportFrom}…`);
      const xlsx = await download(
        `${api.baseUrl}/api/reporting/exports/contacts.xlsx?${exportQuery}`,
        headers,
      );
      log(
        `exported ${xlsx.total} rows as XLSX in ${xlsx.seconds.toFixed(1)} s, ${(xlsx.bytes / 2 ** 20).toFixed(0)} MB, peak RSS +${xlsx.peakMb.toFixed(1)} MB`,
      );

      return [
        `Volume: ${scale === 1 ? "the issue's full volume" : `**${scale} ×** the issue's volume (GRU_BENCH_SCALE)`} of ` +
          `\`seed:volume\` (${Number(rows[0].contacts).toLocaleString('en-US')} contacts over ${FULL_VOLUME.years} years, seed 1), plus, since the seed ` +
          `carries no routing details, an answering agent (${PHONE_AGENTS} phone agents), a wait and a step on every routed ` +
          `inbound call (${Number(rows[0].phone).toLocaleString('en-US')}) and a 08:30–17:00 presence for each agent on every weekday. ` +
          `Seeding and that addition: ${seedSeconds.toFixed(0)} s. The API app in the same process, manager token.`,
        '',
        '### Rollups',
        '',
        `\`ReportingRollup.rebuild\` of all ${rebuiltDays} days (what \`POST /api/reporting/rebuild\` runs in the worker): ` +
          `**${rebuildSeconds.toFixed(1)} s**. Rows: ${sizes.map((size) => `${size.table} ${Number(size.rows).toLocaleString('en-US')}`).join(', ')}.`,
        '',
        `### Dashboard queries (target: p95 under ${TARGET_P95_MS} ms)`,
        '',
        `${SAMPLES} GETs per query over periods starting on different days, ${CONCURRENCY} concurrent clients, after ${WARM_UP} warm-up calls; each call includes authentication and the comparison with the previous period. ` +
          `Periods of whole days read the daily rollups and their whole months the monthly ones (contacts: by antenna, channel and direction, or by antenna and coding); the footfall (by hour of the day) reads the hourly ones. ` +
          `Load average (1 / 5 / 15 min) of the shared machine: ${loadBefore} before the queries, ${loadAfter} after.`,
        '',
        '| Query | Requests | p50 (ms) | p95 (ms) | p99 (ms) | Non-200 | p95 < 200 ms |',
        '|---|---|---|---|---|---|---|',
        ...table,
        '',
        '### Exports',
        '',
        `\`GET /api/reporting/exports/contacts.csv?${exportQuery}\`: ${(csv.lines - 1).toLocaleString('en-US')} rows ` +
          `(\`X-Total-Count\` ${csv.total.toLocaleString('en-US')}), ${(csv.bytes / 2 ** 20).toFixed(0)} MB in **${csv.seconds.toFixed(1)} s** ` +
          `(first byte after ${csv.firstByteMs.toFixed(0)} ms: the count comes first), peak RSS of the process (server and client) ` +
          `**+${csv.peakMb.toFixed(1)} MB** over its level before the download.`,
        '',
        `\`GET /api/reporting/exports/contacts.xlsx?${exportQuery}\` (exceljs streaming WorkbookWriter, no shared strings): ` +
          `${xlsx.total.toLocaleString('en-US')} rows, ${(xlsx.bytes / 2 ** 20).toFixed(0)} MB in **${xlsx.seconds.toFixed(1)} s** ` +
          `(first byte after ${xlsx.firstByteMs.toFixed(0)} ms), peak RSS **+${xlsx.peakMb.toFixed(1)} MB**.`,
      ].join('\n');
    } finally {
      await api.close();
    }
  },
};

export default reportingBenchmark;
