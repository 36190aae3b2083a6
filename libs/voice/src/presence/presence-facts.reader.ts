import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STAFFED_STATES } from '@gru/call-routing';
import { DataSource } from 'typeorm';

/** Seconds one agent spent staffed (signed in for calls, busy or not) in one UTC hour. */
export interface StaffedHourRow {
  readonly hour: Date;
  readonly userId: string;
  readonly groupId: string;
  readonly staffedSeconds: number;
}

/**
 * Staffed phone time for reporting, as plain rows, read from the presence periods this library
 * owns. Staffed follows the routing's definition (`STAFFED_STATES`); an open period runs until now.
 */
@Injectable()
export class PresenceFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async staffedHours(from: Date, to: Date): Promise<StaffedHourRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT h.hour, p.user_id, p.group_id,
              SUM(EXTRACT(EPOCH FROM
                LEAST(COALESCE(p.ended_at, now()), h.hour + interval '1 hour', $2::timestamptz)
                - GREATEST(p.started_at, h.hour, $1::timestamptz))) AS staffed
         FROM voice_presence_periods p
         JOIN generate_series(date_trunc('hour', $1::timestamptz, 'UTC'), $2::timestamptz, interval '1 hour') AS h(hour)
           ON p.started_at < h.hour + interval '1 hour' AND COALESCE(p.ended_at, now()) > h.hour
        WHERE p.presence = ANY($3) AND p.started_at < $2 AND (p.ended_at IS NULL OR p.ended_at > $1)
          AND h.hour < $2
        GROUP BY 1, 2, 3
       HAVING SUM(EXTRACT(EPOCH FROM
                LEAST(COALESCE(p.ended_at, now()), h.hour + interval '1 hour', $2::timestamptz)
                - GREATEST(p.started_at, h.hour, $1::timestamptz))) > 0`,
      [from, to, STAFFED_STATES],
    );
    return rows.map((row) => ({
      hour: row.hour as Date,
      userId: row.user_id as string,
      groupId: row.group_id as string,
      staffedSeconds: Number(row.staffed),
    }));
  }
}
