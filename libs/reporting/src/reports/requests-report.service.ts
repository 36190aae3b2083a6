import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestFactsReader } from '@gru/requests';
import { DataSource } from 'typeorm';
import { DAILY } from './grain';
import { monthsAndDaysSql, REQUESTS_BY_MONTH } from './months-and-days';
import { TIME_DIMENSIONS } from './group-by';
import { groupingSql, int, keyed, ratio } from './report-rows';
import type { AntennaScope } from './reporting-scope';
import { previousPeriod, type ReportingPeriod } from './reporting-period';
import { SqlFilter } from './sql-filter';
import { serialQuery } from './serial-query';

const REQUESTS_BY_CHANNEL_DAILY = 'reporting_requests_daily_by_channel';

export const REQUEST_DIMENSIONS = {
  antenna: `NULLIF(antenna_id, '')`,
  channel: 'channel',
  scheme: `NULLIF(aid_scheme_slug, '')`,
  ...TIME_DIMENSIONS,
} as const;

/** Dimensions the backlog (a stock at the end of the period) can be split by. */
const STOCK_DIMENSIONS = new Set(['antenna', 'channel', 'scheme']);

export interface RequestFilters {
  readonly channel?: string;
  readonly scheme?: string;
}

export interface RequestFigures {
  opened: number;
  resolved: number;
  slaMet: number;
  slaMissed: number;
  /** slaMet / resolved. */
  slaMetRate: number | null;
  callbacksDue: number;
  callbacksKept: number;
  /** callbacksKept / callbacksDue. */
  callbacksKeptRate: number | null;
}

const figures = (row: Record<string, unknown>): RequestFigures => {
  const resolved = int(row.resolved);
  const due = int(row.due);
  return {
    opened: int(row.opened),
    resolved,
    slaMet: int(row.met),
    slaMissed: int(row.missed),
    slaMetRate: ratio(int(row.met), resolved),
    callbacksDue: due,
    callbacksKept: int(row.kept),
    callbacksKeptRate: ratio(int(row.kept), due),
  };
};

const SUMS = `SUM(opened) AS opened, SUM(resolved) AS resolved, SUM(sla_met) AS met,
  SUM(sla_missed) AS missed, SUM(callbacks_due) AS due, SUM(callbacks_kept) AS kept`;

const sumRows = (rows: Record<string, unknown>[]): Record<string, unknown> =>
  Object.fromEntries(
    ['opened', 'resolved', 'met', 'missed', 'due', 'kept'].map((name) => [
      name,
      rows.reduce((sum, row) => sum + int(row[name]), 0),
    ]),
  );

/**
 * Requests opened, resolved, due-date adherence and callbacks kept, from the daily rollup; the
 * backlog at the end of the period from the daily snapshot, or live when the period runs to today.
 */
@Injectable()
export class RequestsReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: RequestFactsReader,
  ) {}

  async report(
    period: ReportingPeriod,
    groupBy: readonly string[],
    scope: AntennaScope,
    filters: RequestFilters,
  ) {
    const grouping = groupingSql(groupBy, { ...REQUEST_DIMENSIONS, ...DAILY.time });
    const query = (range: ReportingPeriod, grouped: boolean) => {
      const filter = new SqlFilter();
      // Whole months come from the monthly rollup unless split by week or day; days come without
      // the scheme (a third of the rows) when the report neither groups nor filters by it.
      const names = grouped ? groupBy : [];
      let source = 'reporting_requests_daily';
      if (names.every((name) => REQUESTS_BY_MONTH.dimensions.has(name)))
        source = monthsAndDaysSql(REQUESTS_BY_MONTH, range, filter);
      else {
        if (!names.includes('scheme') && filters.scheme === undefined)
          source = REQUESTS_BY_CHANNEL_DAILY;
        DAILY.within(range, filter);
      }
      this.filter(filter, scope, filters);
      return serialQuery<Record<string, unknown>[]>(
        this.dataSource,
        `SELECT ${grouped ? grouping.select : ''} ${SUMS} FROM ${source}
          WHERE ${filter.where} ${grouped ? grouping.groupBy : ''}`,
        filter.params,
      );
    };
    const before = previousPeriod(period);
    const [rows, previous, backlog] = await Promise.all([
      query(period, groupBy.length > 0),
      query(before, false),
      this.backlog(period, scope, filters),
    ]);
    // Grouped rows partition the period: their sums are the totals, without a second scan.
    const totals = groupBy.length > 0 ? [sumRows(rows)] : rows;
    const stockKey = (values: Record<string, string | number | null>) =>
      JSON.stringify(groupBy.map((name) => values[name] ?? null));
    const byKey = new Map<string, number>();
    for (const row of backlog) {
      const key = stockKey({ antenna: row.antennaId, channel: row.channel, scheme: row.scheme });
      byKey.set(key, (byKey.get(key) ?? 0) + row.backlog);
    }
    const splitsStock = groupBy.every((name) => STOCK_DIMENSIONS.has(name));
    return {
      from: period.from,
      to: period.to,
      groupBy: [...groupBy],
      rows: keyed(rows, groupBy, (row) => figures(row)).map((row) => ({
        ...row,
        backlog: splitsStock ? (byKey.get(stockKey(row.key)) ?? 0) : null,
      })),
      total: {
        ...figures(totals[0] ?? {}),
        backlog: backlog.reduce((sum, row) => sum + row.backlog, 0),
      },
      previous: { from: before.from, to: before.to, ...figures(previous[0] ?? {}) },
    };
  }

  /** Open requests at the end of the period: now for a period reaching today, else that day's snapshot. */
  private async backlog(period: ReportingPeriod, scope: AntennaScope, filters: RequestFilters) {
    const keep = (row: { antennaId: string | null; channel: string; scheme: string | null }) =>
      (scope === null || (row.antennaId !== null && scope.includes(row.antennaId))) &&
      (filters.channel === undefined || row.channel === filters.channel) &&
      (filters.scheme === undefined || row.scheme === filters.scheme);
    if (period.end.getTime() > Date.now()) {
      const live = await this.facts.backlogAt(new Date());
      return live
        .map((row) => ({
          antennaId: row.antennaId,
          channel: row.channel,
          scheme: row.aidSchemeSlug,
          backlog: row.backlog,
        }))
        .filter(keep);
    }
    const rows = await serialQuery<Record<string, unknown>[]>(
      this.dataSource,
      `SELECT NULLIF(antenna_id, '') AS antenna_id, channel, NULLIF(aid_scheme_slug, '') AS scheme, backlog
         FROM reporting_backlog_daily WHERE day = $1`,
      [period.to],
    );
    return rows
      .map((row) => ({
        antennaId: row.antenna_id as string | null,
        channel: row.channel as string,
        scheme: row.scheme as string | null,
        backlog: int(row.backlog),
      }))
      .filter(keep);
  }

  private filter(filter: SqlFilter, scope: AntennaScope, filters: RequestFilters): SqlFilter {
    filter.addIf(filters.channel, 'channel = ?').addIf(filters.scheme, 'aid_scheme_slug = ?');
    if (scope !== null) filter.add('antenna_id = ANY(?)', scope);
    return filter;
  }
}
