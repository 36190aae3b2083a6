import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { ensureDatabaseExists } from './ensure-database';
import type { DatabaseSchema } from './schema-part';

export interface MigrationReport {
  readonly databaseCreated: boolean;
  readonly applied: string[];
}

/** Brings the database at `url` to the latest schema, creating it first if needed. */
export async function runMigrations(url: string, schema: DatabaseSchema): Promise<MigrationReport> {
  const databaseCreated = await ensureDatabaseExists(url);
  const dataSource = new DataSource(buildDataSourceOptions(url, schema));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { databaseCreated, applied: applied.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the schema in line with the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(url: string, schema: DatabaseSchema): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions(url, schema));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
