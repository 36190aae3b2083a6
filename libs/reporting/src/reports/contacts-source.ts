import { addCalendarDays, type CalendarDate } from '@gru/calendar';
import { DateTime } from 'luxon';
import type { ReportingPeriod } from './reporting-period';
import type { SqlFilter } from './sql-filter';

/** Dimensions the monthly contacts rollup keeps (with the direction); the others need days. */
export const MONTHLY_CONTACT_DIMENSIONS = new Set(['antenna', 'channel', 'month']);

const COLUMNS = 'antenna_id, channel, direction, contacts, duration_seconds';

const monthStart = (day: CalendarDate): CalendarDate => `${day.slice(0, 8)}01`;
const nextMonthStart = (day: CalendarDate): CalendarDate =>
  DateTime.fromISO(day).plus({ months: 1 }).startOf('month').toISODate() as CalendarDate;

/**
 * The contacts of a period as rows of (day, antenna_id, channel, direction, contacts,
 * duration_seconds): its whole months from the monthly rollup, the days before and
 * after them from the daily one. The bounds become parameters of `filter`.
 */
export function monthsAndDaysSql(period: ReportingPeriod, filter: SqlFilter): string {
  const firstMonth =
    period.from === monthStart(period.from) ? period.from : nextMonthStart(period.from);
  const afterMonths = monthStart(addCalendarDays(period.to, 1));
  const afterPeriod = addCalendarDays(period.to, 1);
  const days = (from: CalendarDate, to: CalendarDate) =>
    `SELECT day, ${COLUMNS} FROM reporting_contacts_daily
      WHERE day >= ${filter.param(from)}::date AND day < ${filter.param(to)}::date`;
  if (firstMonth >= afterMonths) return `(${days(period.from, afterPeriod)}) AS contacts_rollup`;
  return `(${days(period.from, firstMonth)}
    UNION ALL
    SELECT month AS day, ${COLUMNS} FROM reporting_contacts_monthly
     WHERE month >= ${filter.param(firstMonth)}::date AND month < ${filter.param(afterMonths)}::date
    UNION ALL
    ${days(afterMonths, afterPeriod)}) AS contacts_rollup`;
}
