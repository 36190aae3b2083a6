import {
  ANTENNA_FILE_NAME,
  loadAntennaFile,
  loadOfficialTerritory,
  TerritoryIndex,
} from '@gru/territory';
import { SeededRandom } from '@gru/random';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, ClientBase } from 'pg';
import { loadTable, TableTiming } from './bulk-load';
import { CITIZEN_COLUMNS, CitizenPool } from './citizen-pool';
import { CONTACT_COLUMNS, ContactLedger } from './contact-ledger';
import { REQUEST_COLUMNS, REQUEST_EVENT_COLUMNS, RequestBook } from './request-book';
import { SeedDueDates } from './seed-due-dates';
import { saltOf } from './seeded-uuid';
import { planVolume, VolumeOptions } from './volume-plan';

export interface SeedReport {
  readonly tables: readonly TableTiming[];
  readonly analyseSeconds: number;
  readonly totalSeconds: number;
}

/** The database already has citizens and `--append` was not given. */
export class SeedVolumeRefused extends Error {}

enum SeedTable {
  Citizens,
  Requests,
  Contacts,
}

/**
 * Fills a migrated database with a realistic volume (citizens, requests with their timeline,
 * contacts) through COPY, reproducibly for a given seed. On a database without citizens the
 * secondary indexes are rebuilt after each load; with `append` rows are added under live indexes.
 */
export async function seedVolume(
  databaseUrl: string,
  options: VolumeOptions,
  log: (line: string) => void,
): Promise<SeedReport> {
  const startedAt = performance.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = Number(
      (await client.query<{ count: string }>('SELECT count(*) AS count FROM citizens')).rows[0]
        .count,
    );
    if (existing > 0 && !options.append) {
      throw new SeedVolumeRefused(
        `la base contient déjà ${existing} usagers (database already has citizens): relancez avec --append pour ajouter`,
      );
    }
    // A second volume must not reuse the first one's ids: the generation number changes the salts.
    const generation = existing;
    const random = new SeededRandom(saltOf(options.seed, generation, -1));
    const plan = planVolume(options);
    const territory = TerritoryIndex.build(
      loadOfficialTerritory(),
      loadAntennaFile(join(options.configDirectory, ANTENNA_FILE_NAME)),
    );
    const citizens = new CitizenPool(
      plan.citizens,
      saltOf(options.seed, generation, SeedTable.Citizens),
      plan,
      territory,
      random,
    );
    const requests = new RequestBook(
      plan.requests,
      saltOf(options.seed, generation, SeedTable.Requests),
      citizens,
      plan,
      await lastSequences(client),
      new SeedDueDates(options.configDirectory),
      random,
    );
    const contacts = new ContactLedger(
      saltOf(options.seed, generation, SeedTable.Contacts),
      plan,
      citizens,
      requests,
    );
    log(
      `plan: ${plan.citizens} citizens, ${plan.requests} requests, ${plan.contacts} contacts over ${plan.years.length} years (${plan.years[0].year}–${plan.years.at(-1)?.year})`,
    );
    const rebuildIndexes = existing === 0;
    const tables: TableTiming[] = [];
    const load = async (...args: Parameters<typeof loadTable>) => {
      const timing = await loadTable(...args);
      log(
        `${timing.table}: ${timing.rows} rows in ${timing.seconds.toFixed(1)} s (copy ${timing.copySeconds.toFixed(1)} s, indexes ${timing.indexSeconds.toFixed(1)} s)`,
      );
      tables.push(timing);
    };
    await load(
      client,
      {
        table: 'citizens',
        columns: CITIZEN_COLUMNS,
        items: citizens.count,
        writeRow: (i, emit) => emit(citizens.row(i, random)),
      },
      rebuildIndexes,
      log,
    );
    await load(
      client,
      {
        table: 'requests',
        columns: REQUEST_COLUMNS,
        items: requests.count,
        writeRow: (i, emit) => emit(requests.row(i)),
        afterCopy: moveReferenceCounters,
      },
      rebuildIndexes,
      log,
    );
    await load(
      client,
      {
        table: 'request_events',
        columns: REQUEST_EVENT_COLUMNS,
        items: requests.count,
        writeRow: (i, emit) => requests.events(i, (contact) => contacts.id(contact), emit),
      },
      rebuildIndexes,
      log,
    );
    await load(
      client,
      {
        table: 'contacts',
        columns: CONTACT_COLUMNS,
        items: requests.count + contacts.unlinkedCount,
        writeRow: (i, emit) =>
          i < requests.count
            ? contacts.writeLinked(i, random, emit)
            : contacts.writeUnlinked(i - requests.count, random, emit),
      },
      rebuildIndexes,
      log,
    );
    const analyseStartedAt = performance.now();
    // Planner statistics for the new volume, and the visibility map for index-only scans.
    await client.query(
      'VACUUM (ANALYZE) citizens, requests, request_events, contacts, request_reference_counters',
    );
    const analyseSeconds = (performance.now() - analyseStartedAt) / 1000;
    log(`vacuum analyse: ${analyseSeconds.toFixed(1)} s`);
    return { tables, analyseSeconds, totalSeconds: (performance.now() - startedAt) / 1000 };
  } finally {
    await client.end();
  }
}

/** Highest number given per year, so appended requests continue each year's sequence. */
async function lastSequences(client: ClientBase): Promise<Map<number, number>> {
  const { rows } = await client.query<{ year: number; last: number }>(
    `SELECT year, max(last)::int AS last FROM (
       SELECT split_part(reference, '-', 2)::int AS year, max(split_part(reference, '-', 3)::int) AS last FROM requests GROUP BY 1
       UNION ALL SELECT year, last_value FROM request_reference_counters
     ) known GROUP BY year`,
  );
  return new Map(rows.map((row) => [row.year, row.last]));
}

/** The API takes the next number from the counters: they must start after the seeded references. */
async function moveReferenceCounters(client: ClientBase): Promise<void> {
  await client.query(
    `INSERT INTO request_reference_counters (year, last_value)
     SELECT split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int) FROM requests GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last_value = GREATEST(request_reference_counters.last_value, EXCLUDED.last_value)`,
  );
}
