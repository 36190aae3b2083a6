import { addCalendarDays, type CalendarDate } from '@gru/calendar';
import { DateTime } from 'luxon';
import type { ReportingPeriod } from './reporting-period';
import type { SqlFilter } from './sql-filter';

/** A rollup kept per day and per month: the month table sums days over fewer dimensions (or all). */
export interface MonthlyRollup {
  readonly daily: string;
  readonly monthly: string;
  /** Columns both tables have, besides the day (the month's first day in the monthly one). */
  readonly columns: string;
  /** The report dimensions the monthly table can group by. */
  readonly dimensions: ReadonlySet<string>;
}

/** Contacts by month keep antenna, channel and direction: scheme, reason and outcome multiply rows. */
export const CONTACTS_BY_MONTH: MonthlyRollup = {
  daily: 'reporting_contacts_daily',
  monthly: 'reporting_contacts_monthly',
  columns: 'antenna_id, channel, direction, contacts, duration_seconds',
  dimensions: new Set(['antenna', 'channel', 'month']),
};

/** Contacts by month and coding (scheme, reason, outcome): channel and direction summed away. */
export const CONTACTS_CODED_BY_MONTH: MonthlyRollup = {
  daily: 'reporting_contacts_daily',
  monthly: 'reporting_contacts_monthly_coded',
  columns: 'antenna_id, aid_scheme_slug, reason_code, outcome, contacts, duration_seconds',
  dimensions: new Set(['antenna', 'scheme', 'reason', 'outcome', 'month']),
};

/** The same for the whole region (antenna summed away too): for reports of every antenna. */
export const CONTACTS_CODED_REGION_BY_MONTH: MonthlyRollup = {
  daily: 'reporting_contacts_daily',
  monthly: 'reporting_contacts_monthly_coded_region',
  columns: 'aid_scheme_slug, reason_code, outcome, contacts, duration_seconds',
  dimensions: new Set(['scheme', 'reason', 'outcome', 'month']),
};

export const REQUESTS_BY_MONTH: MonthlyRollup = {
  daily: 'reporting_requests_daily',
  monthly: 'reporting_requests_monthly',
  columns:
    'antenna_id, channel, aid_scheme_slug, opened, resolved, sla_met, sla_missed, callbacks_due, callbacks_kept',
  dimensions: new Set(['antenna', 'channel', 'scheme', 'month']),
};

const monthStart = (day: CalendarDate): CalendarDate => `${day.slice(0, 8)}01`;
const nextMonthStart = (day: CalendarDate): CalendarDate =>
  DateTime.fromISO(day).plus({ months: 1 }).startOf('month').toISODate() as CalendarDate;

/**
 * A period's rows of a rollup as (day, ...columns): its whole months from the monthly table, the
 * days before and after them from the daily one. The bounds become parameters of `filter`.
 */
export function monthsAndDaysSql(
  rollup: MonthlyRollup,
  period: ReportingPeriod,
  filter: SqlFilter,
): string {
  const firstMonth =
    period.from === monthStart(period.from) ? period.from : nextMonthStart(period.from);
  const afterMonths = monthStart(addCalendarDays(period.to, 1));
  const afterPeriod = addCalendarDays(period.to, 1);
  const days = (from: CalendarDate, to: CalendarDate) =>
    `SELECT day, ${rollup.columns} FROM ${rollup.daily}
      WHERE day >= ${filter.param(from)}::date AND day < ${filter.param(to)}::date`;
  if (firstMonth >= afterMonths) return `(${days(period.from, afterPeriod)}) AS by_month`;
  return `(${days(period.from, firstMonth)}
    UNION ALL
    SELECT month AS day, ${rollup.columns} FROM ${rollup.monthly}
     WHERE month >= ${filter.param(firstMonth)}::date AND month < ${filter.param(afterMonths)}::date
    UNION ALL
    ${days(afterMonths, afterPeriod)}) AS by_month`;
}
