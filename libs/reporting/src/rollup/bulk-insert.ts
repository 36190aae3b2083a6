import type { EntityManager } from 'typeorm';

/** A column of a reporting table: its SQL name and type, and the row field holding its value. */
export interface ColumnSpec {
  readonly column: string;
  readonly type: string;
  readonly field: string;
}

/** Rows per statement: a few MB of parameters, well under PostgreSQL's limits. */
const CHUNK_ROWS = 20_000;

/**
 * Inserts rows with one statement per chunk, each column sent as one array and unnested, so
 * that the cost is PostgreSQL's, not an ORM's per row (ten years of daily backlog is millions).
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly Record<string, unknown>[],
  order?: string,
): Promise<void> {
  const names = columns.map((spec) => `"${spec.column}"`).join(', ');
  const arrays = columns.map((spec, index) => `$${index + 1}::${spec.type}[]`).join(', ');
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) AS row (${names})` +
    (order ? ` ORDER BY ${order}` : '');
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    await manager.query(
      sql,
      columns.map((spec) => chunk.map((row) => row[spec.field])),
    );
  }
}
