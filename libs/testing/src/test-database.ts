import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { currentRunId, databaseUrl, POSTGRES_SERVER_URL, templateDatabaseName } from './test-run';

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${POSTGRES_SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const OBJECT_IN_USE = '55006';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A private copy of the migrated template: each test file gets a fresh, isolated schema in ~100 ms. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = currentRunId();
  const name = `gru_test_${runId}_${randomBytes(4).toString('hex')}`;
  await onServer(async (client) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(runId)}"`);
        return;
      } catch (error) {
        // Two files copying the template at the same instant: PostgreSQL refuses the second.
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

export async function dropDatabasesOfRun(runId: string): Promise<number> {
  return onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`gru_test_${runId}_%`],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.length;
  });
}
