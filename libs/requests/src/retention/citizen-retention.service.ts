import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditLogService } from '@gru/audit';
import { CitizenDirectory, CitizenPrivacyService } from '@gru/citizens';
import { DataSource } from 'typeorm';
import { OPEN_STATUSES } from '../lifecycle/request-lifecycle';

const BATCH = 500;

/**
 * RGPD retention: citizens with no open request, whose last request closed and last contact took
 * place more than the retention period ago, are anonymised; each one is logged in the audit trail.
 */
@Injectable()
export class CitizenRetention {
  private readonly logger = new Logger(CitizenRetention.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privacy: CitizenPrivacyService,
    private readonly citizens: CitizenDirectory,
    private readonly auditLog: AuditLogService,
  ) {}

  async run(retentionYears: number, now: Date = new Date()): Promise<string[]> {
    const cutoff = new Date(now);
    cutoff.setFullYear(cutoff.getFullYear() - retentionYears);
    const purged: string[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { citizen_id: string }[] = await this.dataSource.query(
        `SELECT r.citizen_id FROM requests r
         WHERE r.citizen_id > $3
         GROUP BY r.citizen_id
         HAVING bool_and(r.status <> ALL($2::request_status[]) AND r.closed_at IS NOT NULL AND r.closed_at < $1)
            AND NOT EXISTS (SELECT 1 FROM contacts k WHERE k.citizen_id = r.citizen_id AND k.started_at >= $1)
         ORDER BY r.citizen_id
         LIMIT ${BATCH}`,
        [cutoff, OPEN_STATUSES, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].citizen_id;
      for (const citizenId of await this.citizens.stillIdentified(
        rows.map((row) => row.citizen_id),
      )) {
        await this.privacy.anonymise(citizenId);
        await this.auditLog.record({
          action: AuditAction.Delete,
          resourceType: 'citizen',
          resourceId: citizenId,
          actor: { userId: null, role: 'retention-job' },
          details: { reason: 'retention', retentionYears, cutoff: cutoff.toISOString() },
        });
        purged.push(citizenId);
      }
    }
    this.logger.log(
      { purged: purged.length, cutoff: cutoff.toISOString() },
      'citizen retention run',
    );
    return purged;
  }
}
