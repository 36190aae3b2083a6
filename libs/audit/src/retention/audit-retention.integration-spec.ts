import { buildDataSourceOptions, composeSchema } from '@gru/database';
import { createTestDatabase, TestDatabase } from '@gru/testing';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit-entry.entity';
import { AuditLogService } from '../audit-log.service';
import { AUDIT_SCHEMA } from '../audit-schema';
import { auditCutoff, AuditRetention } from './audit-retention.service';

const DAY = 24 * 3600 * 1000;

describe('audit trail retention', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let retention: AuditRetention;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      buildDataSourceOptions(database.url, composeSchema([AUDIT_SCHEMA])),
    ).initialize();
    retention = new AuditRetention(
      dataSource,
      new AuditLogService(dataSource.getRepository(AuditEntry)),
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Entries read `daysAgo` days ago, in one statement. */
  const entriesOf = (daysAgo: number, count: number, resourceId: string) =>
    dataSource.query(
      `INSERT INTO audit_entries (occurred_at, action, resource_type, resource_id, details)
       SELECT now() - make_interval(days => $1), 'read', 'citizen', $2, '{}'
       FROM generate_series(1, $3)`,
      [daysAgo, resourceId, count],
    );
  const countOf = async (resourceId: string) =>
    Number(
      (
        await dataSource.query<{ n: string }[]>(
          'SELECT count(*) AS n FROM audit_entries WHERE resource_id = $1',
          [resourceId],
        )
      )[0].n,
    );

  it('counts its keeping period in calendar months', () => {
    expect(auditCutoff(new Date('2026-11-30T10:00:00Z'), 12).toISOString()).toBe(
      '2025-11-30T10:00:00.000Z',
    );
  });

  it('deletes, in batches, only the entries past the period, and records that it did', async () => {
    await entriesOf(800, 12_000, 'ancien');
    await entriesOf(370, 3, 'un-an');
    await entriesOf(300, 4, 'recent');
    await entriesOf(0, 2, 'aujourdhui');

    const result = await retention.purge(12);
    expect(result.deleted).toBe(12_003);
    expect(await countOf('ancien')).toBe(0);
    expect(await countOf('un-an')).toBe(0);
    expect(await countOf('recent')).toBe(4);
    expect(await countOf('aujourdhui')).toBe(2);
    const [record] = await dataSource.query<{ details: Record<string, unknown> }[]>(
      "SELECT details FROM audit_entries WHERE resource_type = 'audit-entries' AND action = 'delete'",
    );
    expect(record.details).toEqual({ deleted: 12_003, before: result.before, keepingMonths: 12 });
    // Nothing left to delete: a second run changes nothing and records nothing.
    expect((await retention.purge(12)).deleted).toBe(0);
  });

  it('stays append-only outside a purge, and no purge reaches the last six months', async () => {
    await entriesOf(100, 1, 'garde');
    await expect(
      dataSource.query("DELETE FROM audit_entries WHERE resource_id = 'garde'"),
    ).rejects.toThrow(/append-only: DELETE refused/);
    await expect(
      dataSource.query("UPDATE audit_entries SET action = 'list' WHERE resource_id = 'garde'"),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(dataSource.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    // Even a purge that asks for it: a cutoff less than six months ago is refused by the database.
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query("SELECT set_config('gru.audit_purge_before', $1, true)", [
          new Date(Date.now() - 10 * DAY).toISOString(),
        ]);
        await manager.query("DELETE FROM audit_entries WHERE resource_id = 'garde'");
      }),
    ).rejects.toThrow(/append-only: DELETE refused/);
    // And a valid cutoff does not cover younger entries.
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query("SELECT set_config('gru.audit_purge_before', $1, true)", [
          new Date(Date.now() - 200 * DAY).toISOString(),
        ]);
        await manager.query("DELETE FROM audit_entries WHERE resource_id = 'garde'");
      }),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect(await countOf('garde')).toBe(1);
  });
});
