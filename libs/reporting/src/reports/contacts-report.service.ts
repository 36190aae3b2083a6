import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CONTACTS_BY_MONTH,
  CONTACTS_CODED_BY_MONTH,
  CONTACTS_CODED_REGION_BY_MONTH,
  type MonthlyRollup,
  monthsAndDaysSql,
} from './months-and-days';
import { DAILY, type Grain, grainFor } from './grain';
import { TIME_DIMENSIONS } from './group-by';
import { groupingSql, int, keyed } from './report-rows';
import type { AntennaScope } from './reporting-scope';
import type { ReportingPeriod } from './reporting-period';
import { previousPeriod } from './reporting-period';
import { SqlFilter } from './sql-filter';
import { serialQuery } from './serial-query';

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

/**
 * The monthly rollups, fewest rows first, with the filters each can apply and whether it serves
 * only reports of the whole region (it has no antenna to restrict to a manager's).
 */
const MONTHLY_SOURCES: readonly {
  readonly rollup: MonthlyRollup;
  readonly filters: readonly (keyof ContactFilters)[];
  readonly regionOnly: boolean;
}[] = [
  { rollup: CONTACTS_BY_MONTH, filters: ['channel'], regionOnly: false },
  { rollup: CONTACTS_CODED_REGION_BY_MONTH, filters: ['scheme', 'reason'], regionOnly: true },
  { rollup: CONTACTS_CODED_BY_MONTH, filters: ['scheme', 'reason'], regionOnly: false },
];
const FILTERS: readonly (keyof ContactFilters)[] = ['channel', 'scheme', 'reason'];

/**
 * The monthly rollup whole months of a report of days come from: the one without the coding,
 * else the one without channel and direction (for the whole region, without antennas either), or
 * none when the report needs what they all sum away. `filters` may be a whole query (period,
 * grouping…): only the contact filters count. `scope` is the antennas the reader may see (null:
 * all).
 */
export function contactsMonthlySource(
  groupBy: readonly string[],
  filters: ContactFilters,
  scope: AntennaScope,
): MonthlyRollup | undefined {
  return MONTHLY_SOURCES.find(
    ({ rollup, filters: usable, regionOnly }) =>
      (!regionOnly || scope === null) &&
      groupBy.every((name) => rollup.dimensions.has(name)) &&
      FILTERS.every((name) => filters[name] === undefined || usable.includes(name)),
  )?.rollup;
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

/**
 * Contacts by channel × antenna × scheme × reason × outcome × time, from the daily rollup, or
 * the hourly one when split by hour of the day; whole months come from a monthly rollup when the
 * report needs none of the dimensions it sums away.
 */
@Injectable()
export class ContactsReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(
    period: ReportingPeriod,
    groupBy: readonly string[],
    scope: AntennaScope,
    filters: ContactFilters,
    extra?: (filter: SqlFilter) => void,
    grain: Grain = grainFor(groupBy),
  ): Promise<ContactsReport> {
    const grouping = groupingSql(groupBy, { ...CONTACT_DIMENSIONS, ...grain.time });
    const monthly = (grouped: boolean) =>
      grain === DAILY && extra === undefined
        ? contactsMonthlySource(grouped ? groupBy : [], filters, scope)
        : undefined;
    const query = (range: ReportingPeriod, grouped: boolean) => {
      const filter = new SqlFilter();
      const rollup = monthly(grouped);
      let source = grain.table('reporting_contacts');
      if (rollup) source = monthsAndDaysSql(rollup, range, filter);
      else grain.within(range, filter);
      this.filter(filter, scope, filters);
      extra?.(filter);
      return serialQuery<Record<string, unknown>[]>(
        this.dataSource,
        `SELECT ${grouped ? grouping.select : ''} SUM(contacts) AS contacts, SUM(duration_seconds) AS duration
           FROM ${source} WHERE ${filter.where} ${grouped ? grouping.groupBy : ''}`,
        filter.params,
      );
    };
    const before = previousPeriod(period);
    // Grouped rows partition the period: their sum is the total, without a second scan.
    const [rows, previous] = await Promise.all([
      query(period, groupBy.length > 0),
      query(before, false),
    ]);
    const total =
      groupBy.length > 0
        ? rows.reduce((sum, row) => sum + int(row.contacts), 0)
        : int(rows[0]?.contacts);
    const previousTotal = int(previous[0]?.contacts);
    return {
      from: period.from,
      to: period.to,
      groupBy: [...groupBy],
      rows: keyed(rows, groupBy, (row) => ({
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

  private filter(filter: SqlFilter, scope: AntennaScope, filters: ContactFilters): SqlFilter {
    filter
      .addIf(filters.channel, 'channel = ?')
      .addIf(filters.scheme, 'aid_scheme_slug = ?')
      .addIf(filters.reason, 'reason_code = ?');
    if (scope !== null) filter.add('antenna_id = ANY(?)', scope);
    return filter;
  }
}
