import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffNotifier } from '@gru/notifications';
import { DataSource } from 'typeorm';
import { OPEN_STATUSES } from '../lifecycle/request-lifecycle';
import { SlaState } from '../lifecycle/request-status';
import { recordEvents, RequestEventType } from '../workflow/request-timeline';
import { SlaPolicy } from './sla-policy.service';

interface FlaggedRow {
  id: string;
  assignee_user_id: string | null;
  previous: SlaState;
  current: SlaState;
}

/**
 * Re-flags open requests against their due date (one UPDATE over the status/due index), writes the
 * change in each timeline and alerts the assignee. Running it twice changes nothing the second time.
 */
@Injectable()
export class SlaWatch {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: SlaPolicy,
    private readonly notifier: StaffNotifier,
  ) {}

  async run(now: Date = new Date()): Promise<{ dueSoon: number; overdue: number }> {
    const flagged = await this.dataSource.transaction(async (manager) => {
      // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affectedCount].
      const [rows] = await manager.query<[FlaggedRow[], number]>(
        `WITH computed AS (
           SELECT id, sla_state AS previous,
                  CASE WHEN due_at <= $1 THEN 'overdue'
                       WHEN due_at <= $1 + make_interval(hours => $2) THEN 'due_soon'
                       ELSE 'on_time' END::request_sla_state AS current
           FROM requests
           WHERE status = ANY($3::request_status[]) AND due_at IS NOT NULL
           FOR UPDATE)
         UPDATE requests SET sla_state = computed.current
         FROM computed WHERE requests.id = computed.id AND computed.current <> computed.previous
         RETURNING requests.id, requests.assignee_user_id, computed.previous, computed.current`,
        [now, this.policy.dueSoonHours, OPEN_STATUSES],
      );
      await recordEvents(
        manager,
        rows.map((row) => ({
          requestId: row.id,
          type: RequestEventType.SlaFlagged,
          actorUserId: null,
          before: { slaState: row.previous },
          after: { slaState: row.current },
        })),
      );
      return rows;
    });
    for (const row of flagged) {
      if (!row.assignee_user_id || row.current === SlaState.OnTime) continue;
      await this.notifier.notify({
        userId: row.assignee_user_id,
        requestId: row.id,
        kind: row.current === SlaState.Overdue ? 'request-overdue' : 'request-due-soon',
      });
    }
    return {
      dueSoon: flagged.filter((row) => row.current === SlaState.DueSoon).length,
      overdue: flagged.filter((row) => row.current === SlaState.Overdue).length,
    };
  }
}
