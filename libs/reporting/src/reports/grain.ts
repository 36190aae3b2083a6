import type { ReportingPeriod } from './reporting-period';
import { SqlFilter } from './sql-filter';

type TimeDimensions = { readonly day: string; readonly week: string; readonly month: string };

/**
 * The granularity a report reads: the daily tables serve every period (periods are whole Paris
 * days) unless the report splits by hour of the day; the hourly tables serve the rest.
 */
export interface Grain {
  readonly name: 'hourly' | 'daily';
  /** The table of a rollup at this grain, from its stem (`reporting_contacts`). */
  table(stem: string): string;
  /** SQL of the time dimensions over this grain's time column, days in Paris. */
  readonly time: TimeDimensions;
  /** Restricts `filter` (a new one by default) to the period's rows. */
  within(period: ReportingPeriod, filter?: SqlFilter): SqlFilter;
}

export const HOURLY: Grain = {
  name: 'hourly',
  table: (stem) => `${stem}_hourly`,
  time: {
    day: `to_char(hour AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`,
    week: `to_char(date_trunc('week', hour AT TIME ZONE 'Europe/Paris'), 'YYYY-MM-DD')`,
    month: `to_char(hour AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`,
  },
  within: (period, filter = new SqlFilter()) =>
    filter.add('hour >= ?', period.start).add('hour < ?', period.end),
};

export const DAILY: Grain = {
  name: 'daily',
  table: (stem) => `${stem}_daily`,
  time: {
    day: `to_char(day, 'YYYY-MM-DD')`,
    week: `to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD')`,
    month: `to_char(day, 'YYYY-MM')`,
  },
  within: (period, filter = new SqlFilter()) =>
    filter.add('day >= ?::date', period.from).add('day <= ?::date', period.to),
};

/** Daily unless the grouping needs the hour of the day. */
export const grainFor = (groupBy: readonly string[]): Grain =>
  groupBy.includes('hour') ? HOURLY : DAILY;
