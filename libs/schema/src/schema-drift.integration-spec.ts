import { createTestDatabase, TestDatabase } from '@gru/testing';
import { Client } from 'pg';
import { dropDatabase, pendingSchemaChanges, runMigrations } from '@gru/database';
import { PLATFORM_SCHEMA } from './platform-schema';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  it('match the entities exactly: no schema drift', async () => {
    expect(await pendingSchemaChanges(database.url, PLATFORM_SCHEMA)).toEqual([]);
  });

  it('create a missing database and run from zero, then do nothing the second time', async () => {
    const url = `${database.url}_fresh`;
    try {
      const first = await runMigrations(url, PLATFORM_SCHEMA);
      expect(first.databaseCreated).toBe(true);
      expect(first.applied.length).toBeGreaterThan(0);
      const second = await runMigrations(url, PLATFORM_SCHEMA);
      expect(second).toEqual({ databaseCreated: false, applied: [] });
    } finally {
      await dropDatabase(url);
    }
  });

  it('store every timestamp as timestamptz', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
      );
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
