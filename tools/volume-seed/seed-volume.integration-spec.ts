import { REGION_TIME_ZONE } from '@gru/calendar';
import { toE164 } from '@gru/citizens';
import { createTestDatabase, TestDatabase } from '@gru/testing';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { secondaryIndexes } from './bulk-load';
import { FULL_VOLUME, VolumeOptions } from './volume-plan';
import { seedVolume, SeedVolumeRefused } from './volume-seeder';

const OPTIONS: VolumeOptions = {
  ...FULL_VOLUME,
  scale: 0.001,
  seed: 7,
  append: false,
  until: new Date('2026-06-15T00:00:00Z'),
  configDirectory: resolve(__dirname, '../../config'),
};
const TABLES = ['citizens', 'requests', 'request_events', 'contacts'];
const quiet = () => undefined;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** One client runs one query at a time: the tables are read in turn. */
async function indexesOf(client: Client): Promise<Record<string, unknown>> {
  const indexes: Record<string, unknown> = {};
  for (const table of TABLES) indexes[table] = await secondaryIndexes(client, table);
  return indexes;
}

async function value<T>(client: Client, sql: string): Promise<T> {
  return Object.values((await client.query<Record<string, T>>(sql)).rows[0])[0];
}

/** Per-year reference statistics: a gapless sequence has count = max and min = 1. */
function referenceYears(client: Client) {
  return client
    .query<{ year: number; count: number; min: number; max: number; counter: number | null }>(
      `SELECT year, count(*)::int AS count, min(seq)::int AS min, max(seq)::int AS max,
              (SELECT last_value FROM request_reference_counters c WHERE c.year = r.year) AS counter
         FROM (SELECT split_part(reference, '-', 2)::int AS year, split_part(reference, '-', 3)::int AS seq FROM requests) r
        GROUP BY year ORDER BY year`,
    )
    .then((result) => result.rows);
}

describe('seed:volume (seedVolume at 1/1000 of the issue volume)', () => {
  let database: TestDatabase;
  let client: Client;
  let indexesBefore: Record<string, unknown>;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = await connect(database.url);
    indexesBefore = await indexesOf(client);
    await seedVolume(database.url, OPTIONS, quiet);
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('loads 400 citizens, 600 requests and 220 contacts in each of 10 years, each request with its timeline', async () => {
    expect(await value<string>(client, 'SELECT count(*) FROM citizens')).toBe('400');
    expect(await value<string>(client, 'SELECT count(*) FROM requests')).toBe('600');
    const perYear = await client.query<{ year: number; count: string }>(
      `SELECT extract(year FROM started_at AT TIME ZONE 'UTC')::int AS year, count(*) FROM contacts GROUP BY 1 ORDER BY 1`,
    );
    expect(perYear.rows).toEqual(
      Array.from({ length: 10 }, (_, index) => ({ year: 2017 + index, count: '220' })),
    );
    expect(
      await value<string>(
        client,
        `SELECT count(*) FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.type = 'created')`,
      ),
    ).toBe('0');
    expect(
      await value<string>(client, `SELECT count(*) FROM contacts WHERE citizen_id IS NULL`),
    ).not.toBe('0');
  });

  it('numbers references from 1 without gaps in each year and leaves the counters on the last number', async () => {
    const years = await referenceYears(client);
    expect(years.map((year) => year.year)).toEqual(
      Array.from({ length: 10 }, (_, index) => 2017 + index),
    );
    for (const year of years)
      expect(year).toEqual({ year: year.year, count: 60, min: 1, max: 60, counter: 60 });
  });

  it('keeps the invariants the API relies on', async () => {
    // Every request's citizen exists; a linked contact is the request citizen's, at the citizen's antenna.
    expect(
      await value<string>(
        client,
        'SELECT count(*) FROM requests r LEFT JOIN citizens c ON c.id = r.citizen_id WHERE c.id IS NULL',
      ),
    ).toBe('0');
    expect(
      await value<string>(
        client,
        'SELECT count(*) FROM contacts k JOIN requests r ON r.id = k.request_id WHERE k.citizen_id IS DISTINCT FROM r.citizen_id',
      ),
    ).toBe('0');
    expect(
      await value<string>(
        client,
        'SELECT count(*) FROM contacts k LEFT JOIN requests r ON r.id = k.request_id WHERE k.request_id IS NOT NULL AND r.id IS NULL',
      ),
    ).toBe('0');
    expect(
      await value<string>(
        client,
        'SELECT count(*) FROM requests r JOIN citizens c ON c.id = r.citizen_id WHERE r.antenna_id IS DISTINCT FROM c.antenna_id',
      ),
    ).toBe('0');
    // Dates follow the lifecycle: nobody is served before their record exists, nothing closes unresolved.
    expect(
      await value<string>(
        client,
        'SELECT count(*) FROM requests r JOIN citizens c ON c.id = r.citizen_id WHERE r.created_at < c.created_at',
      ),
    ).toBe('0');
    expect(
      await value<string>(
        client,
        `SELECT count(*) FROM requests WHERE (status = 'closed') <> (closed_at IS NOT NULL)
            OR (status IN ('resolved', 'closed')) <> (resolved_at IS NOT NULL) OR closed_at < resolved_at OR resolved_at < created_at`,
      ),
    ).toBe('0');
    expect(
      await value<string>(
        client,
        `SELECT count(*) FROM requests WHERE extract(year FROM created_at AT TIME ZONE '${REGION_TIME_ZONE}')::text <> split_part(reference, '-', 2)`,
      ),
    ).toBe('0');
  });

  it('writes phone numbers the search normalises to themselves and emails in lower case', async () => {
    const { rows } = await client.query<{ phone: string; email: string | null }>(
      'SELECT phones[1] AS phone, emails[1] AS email FROM citizens WHERE cardinality(phones) > 0',
    );
    expect(rows.length).toBeGreaterThan(250);
    for (const { phone, email } of rows) {
      expect(toE164(phone)).toBe(phone);
      if (email) expect(email).toBe(email.toLowerCase());
    }
  });

  it('rebuilds exactly the secondary indexes it dropped for the load', async () => {
    expect(await indexesOf(client)).toEqual(indexesBefore);
  });

  describe('a second run', () => {
    let second: TestDatabase;
    let secondClient: Client;

    beforeAll(async () => {
      second = await createTestDatabase();
      secondClient = await connect(second.url);
      await seedVolume(second.url, OPTIONS, quiet);
    });

    afterAll(async () => {
      await secondClient.end();
      await second.drop();
    });

    it('seeds the very same rows for the same seed and period', async () => {
      const fingerprint = (on: Client) =>
        value<string>(
          on,
          `SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM contacts c`,
        ).then(async (contacts) => [
          contacts,
          await value<string>(
            on,
            `SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM requests r`,
          ),
        ]);
      expect(await fingerprint(secondClient)).toEqual(await fingerprint(client));
    });

    it('refuses a database that has citizens, and with --append adds a volume that continues each sequence', async () => {
      await expect(seedVolume(second.url, OPTIONS, quiet)).rejects.toThrow(SeedVolumeRefused);
      await seedVolume(second.url, { ...OPTIONS, append: true }, quiet);
      expect(await value<string>(secondClient, 'SELECT count(*) FROM citizens')).toBe('800');
      expect(await value<string>(secondClient, 'SELECT count(*) FROM contacts')).toBe('4400');
      for (const year of await referenceYears(secondClient))
        expect(year).toEqual({ year: year.year, count: 120, min: 1, max: 120, counter: 120 });
    });
  });
});
