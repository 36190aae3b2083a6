import { buildDataSourceOptions, composeSchema } from '@gru/database';
import { createTestDatabase, TestDatabase } from '@gru/testing';
import { DataSource } from 'typeorm';
import { TERRITORY_SCHEMA } from '../territory-schema';

export interface TerritoryDatabase {
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** A private, migrated and empty database (a copy of the run's template) with a DataSource on it. */
export async function territoryDatabase(): Promise<TerritoryDatabase> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(buildDataSourceOptions(database.url, composeSchema([TERRITORY_SCHEMA]), { extra: { max: 4 } }));
  await dataSource.initialize();
  return {
    database,
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
