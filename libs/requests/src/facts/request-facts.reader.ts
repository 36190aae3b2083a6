import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ContactChannel } from '@gru/citizens';
import { Repository } from 'typeorm';
import { ContactReason } from '../contacts/contact-reason';
import { OPEN_STATUSES } from '../lifecycle/request-lifecycle';
import { Request } from '../persistence/request.entity';

/** Request flows of one UTC hour for one antenna, channel and aid scheme. */
export interface RequestHourRow {
  readonly hour: Date;
  readonly antennaId: string | null;
  readonly channel: ContactChannel;
  readonly aidSchemeSlug: string | null;
  /** Created in the hour. */
  readonly opened: number;
  /** Resolved in the hour, by or after their due date (no due date counts as met). */
  readonly resolved: number;
  readonly slaMet: number;
  readonly slaMissed: number;
  /** Left the backlog in the hour: resolved, or closed without a resolution. */
  readonly left: number;
  /** Callback requests falling due in the hour, and those called back (an outbound call) by then. */
  readonly callbacksDue: number;
  readonly callbacksKept: number;
}

/** Requests still open at an instant, per antenna, channel and aid scheme. */
export interface BacklogRow {
  readonly antennaId: string | null;
  readonly channel: ContactChannel;
  readonly aidSchemeSlug: string | null;
  readonly backlog: number;
}

const num = (value: unknown): number => Number(value ?? 0);

/**
 * Aggregated facts about requests for reporting, as plain rows (no entity leaves the library).
 * A request reopened after resolution counts as resolved at its last resolution.
 */
@Injectable()
export class RequestFactsReader {
  constructor(@InjectRepository(Request) private readonly requests: Repository<Request>) {}

  async requestHours(from: Date, to: Date): Promise<RequestHourRow[]> {
    const rows: Record<string, unknown>[] = await this.requests.query(
      `WITH facts AS (
         SELECT date_trunc('hour', created_at, 'UTC') AS hour, antenna_id, channel, aid_scheme_slug,
                1 AS opened, 0 AS resolved, 0 AS met, 0 AS missed, 0 AS left_, 0 AS due, 0 AS kept
           FROM requests WHERE created_at >= $1 AND created_at < $2
         UNION ALL
         SELECT date_trunc('hour', resolved_at, 'UTC'), antenna_id, channel, aid_scheme_slug, 0, 1,
                CASE WHEN due_at IS NULL OR resolved_at <= due_at THEN 1 ELSE 0 END,
                CASE WHEN due_at IS NOT NULL AND resolved_at > due_at THEN 1 ELSE 0 END, 0, 0, 0
           FROM requests WHERE resolved_at >= $1 AND resolved_at < $2
         UNION ALL
         SELECT date_trunc('hour', COALESCE(resolved_at, closed_at), 'UTC'), antenna_id, channel,
                aid_scheme_slug, 0, 0, 0, 0, 1, 0, 0
           FROM requests
          WHERE COALESCE(resolved_at, closed_at) >= $1 AND COALESCE(resolved_at, closed_at) < $2
         UNION ALL
         SELECT date_trunc('hour', r.due_at, 'UTC'), r.antenna_id, r.channel, r.aid_scheme_slug,
                0, 0, 0, 0, 0, 1,
                CASE WHEN EXISTS (SELECT 1 FROM contacts o
                                   WHERE o.request_id = r.id AND o.channel = 'phone'
                                     AND o.direction = 'outbound' AND o.started_at <= r.due_at)
                     THEN 1 ELSE 0 END
           FROM requests r
          WHERE r.due_at >= $1 AND r.due_at < $2
            AND EXISTS (SELECT 1 FROM contacts c WHERE c.request_id = r.id AND c.reason_code = $3)
       )
       SELECT hour, antenna_id, channel, aid_scheme_slug, SUM(opened) AS opened,
              SUM(resolved) AS resolved, SUM(met) AS met, SUM(missed) AS missed, SUM(left_) AS left_,
              SUM(due) AS due, SUM(kept) AS kept
         FROM facts GROUP BY 1, 2, 3, 4`,
      [from, to, ContactReason.Callback],
    );
    return rows.map((row) => ({
      hour: row.hour as Date,
      antennaId: row.antenna_id as string | null,
      channel: row.channel as ContactChannel,
      aidSchemeSlug: row.aid_scheme_slug as string | null,
      opened: num(row.opened),
      resolved: num(row.resolved),
      slaMet: num(row.met),
      slaMissed: num(row.missed),
      left: num(row.left_),
      callbacksDue: num(row.due),
      callbacksKept: num(row.kept),
    }));
  }

  /**
   * Open at `at`: created before it and not resolved or closed by then. For the present, the
   * current status decides (a reopened request is open again).
   */
  async backlogAt(at: Date): Promise<BacklogRow[]> {
    const present = at.getTime() >= Date.now();
    const rows: Record<string, unknown>[] = present
      ? await this.requests.query(
          `SELECT antenna_id, channel, aid_scheme_slug, COUNT(*) AS backlog
             FROM requests WHERE status = ANY($1) GROUP BY 1, 2, 3`,
          [OPEN_STATUSES],
        )
      : await this.requests.query(
          `SELECT antenna_id, channel, aid_scheme_slug, COUNT(*) AS backlog
             FROM requests
            WHERE created_at < $1 AND COALESCE(resolved_at, closed_at, 'infinity') >= $1
            GROUP BY 1, 2, 3`,
          [at],
        );
    return rows.map((row) => ({
      antennaId: row.antenna_id as string | null,
      channel: row.channel as ContactChannel,
      aidSchemeSlug: row.aid_scheme_slug as string | null,
      backlog: num(row.backlog),
    }));
  }
}
