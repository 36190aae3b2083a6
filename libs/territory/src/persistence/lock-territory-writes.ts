import { EntityManager } from 'typeorm';

/**
 * Imports and admin perimeter changes read, validate, then write: two at once could each validate
 * against a state the other is replacing. A transaction-scoped advisory lock serialises them.
 */
export async function lockTerritoryWrites(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gru:territory-writes'))`);
}
