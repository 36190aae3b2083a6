import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TIME_DIMENSIONS } from './group-by';
import { groupingSql, int, keyed } from './report-rows';
import type { AntennaScope } from './reporting-scope';
import type { ReportingPeriod } from './reporting-period';
import { previousPeriod } from './reporting-period';
import { SqlFilter } from './sql-filter';

export const CONTACT_DIMENSIONS = {
  antenna: `NULLIF(antenna_id, '')`,
  channel: 'channel',
  scheme: `NULLIF(aid_scheme_slug, '')`,
  reason: `NULLIF(reason_code, '')`,
  outcome: 'outcome',
  /** Hour of the day, Paris time (0-23): footfall by hour. */
  hour: `EXTRACT(HOUR FROM hour AT TIME ZONE 'Europe/Paris')::int`,
  ...TIME_DIMENSIONS,
} as const;

export interface ContactFilters {
  readonly channel?: string;
  readonly scheme?: string;
  readonly reason?: string;
}

export interface ContactsReportRow {
  key: Record<string, string | number | null>;
  contacts: number;
  durationSeconds: number;
}

export interface ContactsReport {
  from: string;
  to: string;
  groupBy: string[];
  rows: ContactsReportRow[];
  total: number;
  previous: { from: string; to: string; total: number; change: number | null };
}

/** Contacts by channel × antenna × scheme × reason × outcome × time, from the hourly rollup. */
@Injectable()
export class ContactsReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(
    period: ReportingPeriod,
    groupBy: readonly string[],
    scope: AntennaScope,
    filters: ContactFilters,
    extra: (filter: SqlFilter) => void = () => undefined,
  ): Promise<ContactsReport> {
    const grouping = groupingSql(groupBy, CONTACT_DIMENSIONS);
    const query = (range: ReportingPeriod, grouped: boolean) => {
      const filter = this.filter(range, scope, filters);
      extra(filter);
      return this.dataSource.query<Record<string, unknown>[]>(
        `SELECT ${grouped ? grouping.select : ''} SUM(contacts) AS contacts, SUM(duration_seconds) AS duration
           FROM reporting_contacts_hourly WHERE ${filter.where} ${grouped ? grouping.groupBy : ''}`,
        filter.params,
      );
    };
    const before = previousPeriod(period);
    const [rows, totals, previous] = await Promise.all([
      groupBy.length > 0 ? query(period, true) : Promise.resolve([]),
      query(period, false),
      query(before, false),
    ]);
    const total = int(totals[0]?.contacts);
    const previousTotal = int(previous[0]?.contacts);
    return {
      from: period.from,
      to: period.to,
      groupBy: [...groupBy],
      rows: keyed(groupBy.length > 0 ? rows : totals, groupBy, (row) => ({
        contacts: int(row.contacts),
        durationSeconds: int(row.duration),
      })),
      total,
      previous: {
        from: before.from,
        to: before.to,
        total: previousTotal,
        change:
          previousTotal === 0
            ? null
            : Math.round(((total - previousTotal) / previousTotal) * 1000) / 1000,
      },
    };
  }

  private filter(period: ReportingPeriod, scope: AntennaScope, filters: ContactFilters): SqlFilter {
    const filter = new SqlFilter()
      .add('hour >= ?', period.start)
      .add('hour < ?', period.end)
      .addIf(filters.channel, 'channel = ?')
      .addIf(filters.scheme, 'aid_scheme_slug = ?')
      .addIf(filters.reason, 'reason_code = ?');
    if (scope !== null) filter.add('antenna_id = ANY(?)', scope);
    return filter;
  }
}
