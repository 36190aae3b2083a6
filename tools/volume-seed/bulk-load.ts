import { performance } from 'node:perf_hooks';
import type { ClientBase } from 'pg';
import { copyRows } from './copy-writer';

export interface TableLoad {
  readonly table: string;
  /** `table (column, …)` as COPY takes it. */
  readonly columns: string;
  readonly items: number;
  readonly writeRow: (index: number, emit: (line: string) => void) => void;
  /** Runs in the load's transaction after the rows are in, e.g. to move the reference counters. */
  readonly afterCopy?: (client: ClientBase) => Promise<void>;
}

export interface TableTiming {
  readonly table: string;
  readonly rows: number;
  readonly copySeconds: number;
  readonly indexSeconds: number;
  readonly seconds: number;
}

/**
 * One table in one transaction, so a failure leaves the table (and its indexes) as it was.
 * `rebuildIndexes`: drop the secondary indexes, copy, then recreate them from the definitions
 * PostgreSQL printed before the drop (exactly what the migrations created): a sorted build is
 * far cheaper than maintaining a trigram GIN row by row. An empty table that no foreign key
 * points at is truncated first so COPY can FREEZE: rows are written visible to all, sparing the
 * first reads (the benchmark's) from rewriting every page to set hint bits.
 */
export async function loadTable(
  client: ClientBase,
  load: TableLoad,
  rebuildIndexes: boolean,
  log: (line: string) => void,
): Promise<TableTiming> {
  const startedAt = performance.now();
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    const indexes = rebuildIndexes ? await secondaryIndexes(client, load.table) : [];
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    const freeze = rebuildIndexes && (await emptyAndUnreferenced(client, load.table));
    if (freeze) await client.query(`TRUNCATE ONLY "${load.table}"`);
    const progress = (done: number) =>
      log(
        `${load.table}: ${done.toLocaleString('en-US')}/${load.items.toLocaleString('en-US')} (${seconds(startedAt)} s)`,
      );
    const rows = await copyRows(
      client,
      `COPY ${load.columns} FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`,
      load.items,
      load.writeRow,
      progress,
    );
    const copySeconds = (performance.now() - startedAt) / 1000;
    await load.afterCopy?.(client);
    const indexStartedAt = performance.now();
    for (const index of indexes) {
      await client.query(index.definition);
      log(`${load.table}: index ${index.name} rebuilt (${seconds(indexStartedAt)} s)`);
    }
    const indexSeconds = (performance.now() - indexStartedAt) / 1000;
    await client.query('COMMIT');
    return {
      table: load.table,
      rows,
      copySeconds,
      indexSeconds,
      seconds: (performance.now() - startedAt) / 1000,
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export interface SecondaryIndex {
  readonly name: string;
  readonly definition: string;
}

/** Indexes that back no constraint (the primary key stays), in name order. */
export async function secondaryIndexes(
  client: ClientBase,
  table: string,
): Promise<SecondaryIndex[]> {
  const { rows } = await client.query<SecondaryIndex>(
    `SELECT index_class.relname AS name, pg_get_indexdef(pg_index.indexrelid) AS definition
       FROM pg_index
       JOIN pg_class index_class ON index_class.oid = pg_index.indexrelid
      WHERE pg_index.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE pg_constraint.conindid = pg_index.indexrelid)
      ORDER BY index_class.relname`,
    [`public."${table}"`],
  );
  return rows;
}

async function emptyAndUnreferenced(client: ClientBase, table: string): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM public."${table}")
        AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = $1::regclass AND conrelid <> confrelid) AS ok`,
    [`public."${table}"`],
  );
  return rows[0].ok;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
