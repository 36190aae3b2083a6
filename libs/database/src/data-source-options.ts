import type { DataSourceOptions } from 'typeorm';
import type { DatabaseSchema } from './schema-part';

export function buildDataSourceOptions(
  url: string,
  schema: DatabaseSchema,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Query errors reach callers as exceptions; TypeORM's own logging would print parameters (hashes, personal data).
    logging: false,
    extra: { max: 10, application_name: 'gru' },
    ...overrides,
  } as DataSourceOptions;
}
