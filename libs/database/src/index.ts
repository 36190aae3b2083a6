export { buildDataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { dropDatabase, ensureDatabaseExists } from './ensure-database';
export { pendingSchemaChanges, runMigrations } from './run-migrations';
