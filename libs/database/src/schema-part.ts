import type { MigrationInterface } from 'typeorm';

/** A migration class as TypeORM runs it: its name ends with the 13-digit timestamp that orders it. */
export type MigrationClass = new () => MigrationInterface;

/**
 * What one feature library contributes to the shared database: the entities it maps and the
 * migrations that create its tables. The database library knows no feature; the process that
 * composes features hands their parts to `composeSchema`.
 */
export interface SchemaPart {
  readonly owner: string;
  // TypeORM takes entity classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: readonly Function[];
  readonly migrations: readonly MigrationClass[];
}

/** Every part's entities and migrations, migrations in timestamp order across libraries. */
export interface DatabaseSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: Function[];
  readonly migrations: MigrationClass[];
}

export function migrationTimestamp(migration: MigrationClass): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} must end with its 13-digit timestamp`);
  return Number(match[1]);
}

/** Joins the parts; a migration or entity registered twice is a wiring mistake, refused at boot. */
export function composeSchema(parts: readonly SchemaPart[]): DatabaseSchema {
  const entities = parts.flatMap((part) => part.entities);
  const migrations = parts.flatMap((part) => part.migrations);
  const duplicated = [...entities, ...migrations].filter((item, index, all) => all.indexOf(item) !== index);
  if (duplicated.length > 0) {
    throw new Error(`Registered twice in the database schema: ${duplicated.map((item) => item.name).join(', ')}`);
  }
  const timestamps = migrations.map(migrationTimestamp);
  const clash = timestamps.find((timestamp, index) => timestamps.indexOf(timestamp) !== index);
  if (clash !== undefined) throw new Error(`Two migrations share the timestamp ${clash}`);
  return {
    entities,
    migrations: [...migrations].sort((a, b) => migrationTimestamp(a) - migrationTimestamp(b)),
  };
}
