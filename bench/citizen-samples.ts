import { Client } from 'pg';

export interface CitizenSamples {
  readonly references: string[];
  /** As an agent types them: "06 12 34 56 78". */
  readonly phones: string[];
  /** The first 4 to 6 letters of existing last names, accents as stored. */
  readonly namePrefixes: string[];
  readonly antennas: string[];
  /** Random citizens interleaved with the heaviest ones (most contacts). */
  readonly timelineCitizens: string[];
}

/** `count` random existing values per route, reproducible (setseed) for a given database. */
export async function drawSamples(databaseUrl: string, count: number): Promise<CitizenSamples> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const column = async (sql: string, size = count) => {
      await client.query('SELECT setseed(0.42)');
      const { rows } = await client.query<{ value: string }>(sql, [size]);
      return rows.map((row) => row.value);
    };
    const references = await column(
      'SELECT reference AS value FROM requests ORDER BY random() LIMIT $1',
    );
    const phones = await column(
      'SELECT phones[1] AS value FROM citizens WHERE cardinality(phones) > 0 ORDER BY random() LIMIT $1',
    );
    const lastNames = await column(
      'SELECT last_name AS value FROM citizens WHERE last_name IS NOT NULL ORDER BY random() LIMIT $1',
    );
    const antennas = await column(
      'SELECT antenna_id AS value FROM citizens WHERE antenna_id IS NOT NULL GROUP BY 1 ORDER BY random() LIMIT $1',
    );
    const heavy = await column(
      'SELECT citizen_id AS value FROM contacts WHERE citizen_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT $1',
      Math.ceil(count / 5),
    );
    const random = await column('SELECT id AS value FROM citizens ORDER BY random() LIMIT $1');
    // One heavy citizen in five: frequent callers are the timelines agents open most.
    const timelineCitizens = random.map((id, index) =>
      index % 5 === 0 ? (heavy[index / 5] ?? id) : id,
    );
    return {
      references,
      phones: phones.map(nationalFormat),
      namePrefixes: lastNames.map((name, index) => name.slice(0, 4 + (index % 3))),
      antennas,
      timelineCitizens,
    };
  } finally {
    await client.end();
  }
}

function nationalFormat(e164: string): string {
  return `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}
