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
    // Each period clipped to the range, then cut at hour boundaries: a few rows per period.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH p AS (
         SELECT user_id, group_id, GREATEST(started_at, $1::timestamptz) AS s,
                LEAST(COALESCE(ended_at, now()), $2::timestamptz) AS e
           FROM voice_presence_periods
          WHERE presence = ANY($3) AND started_at < $2 AND (ended_at IS NULL OR ended_at > $1))
       SELECT h.hour, p.user_id, p.group_id,
              SUM(EXTRACT(EPOCH FROM LEAST(p.e, h.hour + interval '1 hour') - GREATEST(p.s, h.hour))) AS staffed
         FROM p, LATERAL generate_series(date_trunc('hour', p.s, 'UTC'), p.e, interval '1 hour') AS h(hour)
        WHERE p.e > p.s AND h.hour < p.e
        GROUP BY 1, 2, 3`,
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
