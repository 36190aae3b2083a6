import { Role } from '@gru/auth';
import { Client } from 'pg';
import { resolve } from 'node:path';
import { FULL_VOLUME } from '../tools/volume-seed/volume-plan';
import { seedVolume, SeedReport } from '../tools/volume-seed/volume-seeder';
import { startBenchApi } from './bench-api';
import type { Benchmark } from './benchmark';
import { CitizenSamples, drawSamples } from './citizen-samples';
import { LoadResult, measureGets } from './http-load';

const SAMPLES = 300;
const WARM_UP = 30;
const CONCURRENCY = 4;
const TARGET_P95_MS = 50;

/** GRU_BENCH_SCALE=0.05 seeds 5 % of the issue's volume for a quick run; the figures kept are at 1. */
function benchScale(): number {
  const raw = process.env.GRU_BENCH_SCALE ?? '1';
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`GRU_BENCH_SCALE must be a positive number (got ${raw})`);
  return scale;
}

interface Route {
  readonly label: string;
  /** The URL of the request-th call; warm-up calls use the samples after SAMPLES. */
  readonly url: (request: number) => string;
}

const ms = (value: number) => value.toFixed(1);

function row(route: string, result: LoadResult): string {
  const verdict = result.p95Ms < TARGET_P95_MS ? 'yes' : '**no**';
  return `| ${route} | ${result.requests} | ${ms(result.p50Ms)} | ${ms(result.p95Ms)} | ${ms(result.p99Ms)} | ${Math.round(result.requestsPerSecond)} | ${result.failures} | ${verdict} |`;
}

/** Follows `next` 1 to 3 times from each antenna's first page: the cursors of "a later page". */
async function laterPageCursors(
  baseUrl: string,
  headers: Record<string, string>,
  antennaOf: (i: number) => string,
  count: number,
): Promise<string[]> {
  const cursors: string[] = new Array<string>(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      let after = '';
      for (let hop = 0; hop <= i % 3; hop += 1) {
        const response = await fetch(
          `${baseUrl}/api/antennas/${antennaOf(i)}/portfolio?limit=50${after ? `&after=${after}` : ''}`,
          { headers },
        );
        const body = (await response.json()) as { next: string | null };
        if (!body.next) break;
        after = body.next;
      }
      cursors[i] = after;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return cursors;
}

async function databaseFacts(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string; heaviest: number; open: number }>(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS size,
              (SELECT max(n)::int FROM (SELECT count(*) AS n FROM contacts WHERE citizen_id IS NOT NULL GROUP BY citizen_id) c) AS heaviest,
              (SELECT count(*)::int FROM requests WHERE status NOT IN ('resolved', 'closed')) AS open`,
    );
    return `Database ${rows[0].size}; ${rows[0].open.toLocaleString('en-US')} open requests; the heaviest citizen has ${rows[0].heaviest} contacts`;
  } finally {
    await client.end();
  }
}

const citizensBenchmark: Benchmark = {
  title: 'Citizens and requests: search, portfolio and timeline at volume',
  async run(log) {
    const scale = benchScale();
    let seeding: SeedReport | undefined;
    log(
      `seeding ${scale === 1 ? 'the full volume' : `${scale} × the volume`} into a throwaway database…`,
    );
    const api = await startBenchApi({
      role: Role.Admin,
      prepare: async (databaseUrl) => {
        seeding = await seedVolume(
          databaseUrl,
          {
            ...FULL_VOLUME,
            scale,
            seed: 1,
            append: false,
            until: new Date(new Date().toISOString().slice(0, 10)),
            configDirectory: resolve(__dirname, '../config'),
          },
          (line) => (/\d+\/\d|rebuilt/.test(line) ? undefined : log(line)),
        );
      },
    });
    try {
      const facts = await databaseFacts(api.databaseUrl);
      const samples: CitizenSamples = await drawSamples(api.databaseUrl, SAMPLES + WARM_UP);
      const headers = { authorization: `Bearer ${api.token}` };
      const at = <T>(values: T[], i: number) => values[i % values.length];
      const search = (values: string[]) => (i: number) =>
        `${api.baseUrl}/api/search?q=${encodeURIComponent(at(values, i))}`;
      const antennaOf = (i: number) => at(samples.antennas, i);
      log('following `next` for the later portfolio pages…');
      const cursors = await laterPageCursors(api.baseUrl, headers, antennaOf, SAMPLES + WARM_UP);
      const routes: Route[] = [
        { label: 'Lookup by reference `GET /api/search?q=HDF-…`', url: search(samples.references) },
        { label: 'Lookup by phone `GET /api/search?q=06 …`', url: search(samples.phones) },
        {
          label: 'Name prefix `GET /api/search?q=<4–6 letters>`',
          url: search(samples.namePrefixes),
        },
        {
          label: 'Portfolio, first page `GET /api/antennas/:id/portfolio?limit=50`',
          url: (i) => `${api.baseUrl}/api/antennas/${antennaOf(i)}/portfolio?limit=50`,
        },
        {
          label: 'Portfolio, later page (`after=<next>`, 2nd to 4th page)',
          url: (i) =>
            `${api.baseUrl}/api/antennas/${antennaOf(i)}/portfolio?limit=50&after=${at(cursors, i)}`,
        },
        {
          label: 'Citizen timeline `GET /api/citizens/:id/timeline`',
          url: (i) => `${api.baseUrl}/api/citizens/${at(samples.timelineCitizens, i)}/timeline`,
        },
      ];
      const rows: string[] = [];
      for (const route of routes) {
        await measureGets((i) => route.url(SAMPLES + i), headers, WARM_UP, CONCURRENCY);
        const result = await measureGets(route.url, headers, SAMPLES, CONCURRENCY);
        log(
          `${route.label}: p50 ${ms(result.p50Ms)} ms, p95 ${ms(result.p95Ms)} ms, ${result.failures} non-200`,
        );
        rows.push(row(route.label, result));
      }
      const report = seeding as SeedReport;
      return [
        `Volume: ${scale === 1 ? "the issue's full volume" : `**${scale} ×** the issue's volume (GRU_BENCH_SCALE)`}: ` +
          `${FULL_VOLUME.citizens.toLocaleString('en-US')} citizens, ${FULL_VOLUME.requests.toLocaleString('en-US')} requests, ` +
          `${FULL_VOLUME.years} years × ${FULL_VOLUME.contactsPerYear.toLocaleString('en-US')} contacts at scale 1. ` +
          'Seeded by `seedVolume` (the code behind `npm run seed:volume`, seed 1) into a throwaway database, dropped ' +
          `afterwards with its Redis keys. ${facts}. ` +
          '`GRU_BENCH_SCALE=0.05 npm run bench -- citizens` seeds 5 % for a quick check (default 1).',
        '',
        '### Seeding (target: under 10 minutes)',
        '',
        'COPY per table in one transaction, secondary indexes dropped before and rebuilt after, then `VACUUM (ANALYZE)`.',
        '',
        '| Table | Rows | Copy (s) | Index rebuild (s) | Total (s) |',
        '|---|---|---|---|---|',
        ...report.tables.map(
          (table) =>
            `| ${table.table} | ${table.rows.toLocaleString('en-US')} | ${table.copySeconds.toFixed(1)} | ${table.indexSeconds.toFixed(1)} | ${table.seconds.toFixed(1)} |`,
        ),
        `| \`VACUUM (ANALYZE)\` | | | | ${report.analyseSeconds.toFixed(1)} |`,
        `| **Total** (row generation included) | | | | **${report.totalSeconds.toFixed(1)}** |`,
        '',
        '### API latency (the API app in the same process, 127.0.0.1, admin token)',
        '',
        `${SAMPLES} GETs per route over ${SAMPLES} distinct random existing values (references, phones typed with spaces, ` +
          `last-name prefixes, antennas, citizens with one in five among the heaviest), ${CONCURRENCY} concurrent clients, after ` +
          `${WARM_UP} warm-up calls on other values. Each call includes authentication and the audit-log insert. ` +
          `Target: p95 under ${TARGET_P95_MS} ms. Request logging off; the client shares the 2 CPUs with the server and PostgreSQL.`,
        '',
        '| Route | Requests | p50 (ms) | p95 (ms) | p99 (ms) | Requests/s | Non-200 | p95 < 50 ms |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n');
    } finally {
      await api.close();
    }
  },
};

export default citizensBenchmark;
