import type { DataSource } from 'typeorm';

/**
 * Runs a dashboard read without parallel workers. With fresh statistics, PostgreSQL plans the
 * larger rollup reads in parallel; on the few cores of the council's server, each one then waits
 * for worker processes and takes the cores the other managers' reads need (at the full volume,
 * p95 of 500 to 650 ms against 26 ms for the same read alone and serial).
 */
export function serialQuery<T>(
  dataSource: DataSource,
  sql: string,
  parameters: readonly unknown[],
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
    return manager.query<T>(sql, [...parameters]);
  });
}
