export { buildDataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { dropDatabase, ensureDatabaseExists } from './ensure-database';
export { pendingSchemaChanges, runMigrations } from './run-migrations';
export type { MigrationReport } from './run-migrations';
export { composeSchema, migrationTimestamp } from './schema-part';
export type { DatabaseSchema, MigrationClass, SchemaPart } from './schema-part';
export { insertRows, insertStatement } from './insert-rows';
