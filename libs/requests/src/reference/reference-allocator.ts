import type { EntityManager } from 'typeorm';
import { formatReference } from './request-reference';

/**
 * Takes the next number of the year inside the caller's transaction. The row lock taken by the
 * upsert serialises concurrent creations; a rollback returns the number, so there are no gaps.
 */
export async function allocateReference(manager: EntityManager, year: number): Promise<string> {
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO request_reference_counters (year, last_value) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = request_reference_counters.last_value + 1
     RETURNING last_value`,
    [year],
  );
  return formatReference(year, rows[0].last_value);
}

/** `count` consecutive numbers of the year at once (a mailbox window), in the caller's transaction. */
export async function allocateReferences(
  manager: EntityManager,
  year: number,
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO request_reference_counters (year, last_value) VALUES ($1, $2)
     ON CONFLICT (year) DO UPDATE SET last_value = request_reference_counters.last_value + $2
     RETURNING last_value`,
    [year, count],
  );
  const first = rows[0].last_value - count + 1;
  return Array.from({ length: count }, (_, index) => formatReference(year, first + index));
}
