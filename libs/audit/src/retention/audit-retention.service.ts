import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit-action';
import { AuditLogService } from '../audit-log.service';

/** Rows per transaction: short transactions, no long lock on a table the API writes all day. */
const BATCH = 5_000;

/** The day `months` months before `now`: entries that occurred earlier are past their keeping. */
export function auditCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Deletes the audit entries past their keeping period, oldest first, in batches; the database
 * checks every deleted row against the cutoff (see the AuditRetention migration). The purge leaves
 * an entry of its own: the trail says what it no longer holds.
 */
@Injectable()
export class AuditRetention {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  async purge(months: number, now = new Date()): Promise<{ deleted: number; before: string }> {
    const before = auditCutoff(now, months).toISOString();
    let deleted = 0;
    for (;;) {
      const removed = await this.dataSource.transaction(async (manager) => {
        await manager.query("SELECT set_config('gru.audit_purge_before', $1, true)", [before]);
        const [{ n }] = await manager.query<{ n: number }[]>(
          `WITH gone AS (
             DELETE FROM audit_entries WHERE id IN (
               SELECT id FROM audit_entries WHERE occurred_at < $1 ORDER BY id LIMIT ${BATCH}
             ) RETURNING 1
           ) SELECT count(*)::int AS n FROM gone`,
          [before],
        );
        return n;
      });
      deleted += removed;
      if (removed < BATCH) break;
    }
    if (deleted > 0)
      await this.auditLog.record({
        action: AuditAction.Delete,
        resourceType: 'audit-entries',
        resourceId: null,
        actor: { userId: null, role: null },
        details: { deleted, before, keepingMonths: months },
      });
    return { deleted, before };
  }
}
