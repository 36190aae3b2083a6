import { addCalendarDays, type CalendarDate } from '@gru/calendar';
import { ValidationFailedException } from '@gru/errors';
import { DateTime } from 'luxon';
import { startOfParisDay } from '../rollup/paris-days';

/** Ten years and a little: the longest period a report or an export covers. */
export const MAX_PERIOD_DAYS = 3700;

/** Whole Paris days, `from` to `to` inclusive, and the instants bounding them. */
export interface ReportingPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly start: Date;
  /** Exclusive: midnight after `to`. */
  readonly end: Date;
  readonly days: number;
}

function calendarDate(field: string, value: string): CalendarDate {
  const parsed = DateTime.fromISO(value, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parsed.isValid || parsed.toISODate() !== value)
    throw new ValidationFailedException([
      { field, messages: [`${field} : date attendue au format AAAA-MM-JJ / expected YYYY-MM-DD`] },
    ]);
  return value;
}

export function periodOf(from: CalendarDate, to: CalendarDate): ReportingPeriod {
  const start = startOfParisDay(from);
  const end = startOfParisDay(addCalendarDays(to, 1));
  const days = Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days + 1);
  return { from, to, start, end, days };
}

/** Validates `from` and `to` (real dates, in order, at most MAX_PERIOD_DAYS apart). */
export function reportingPeriod(from: string, to: string): ReportingPeriod {
  const period = periodOf(calendarDate('from', from), calendarDate('to', to));
  if (period.days < 1)
    throw new ValidationFailedException([
      { field: 'to', messages: ['to : la fin précède le début / to is before from'] },
    ]);
  if (period.days > MAX_PERIOD_DAYS)
    throw new ValidationFailedException([
      {
        field: 'to',
        messages: [
          `to : période de ${MAX_PERIOD_DAYS} jours au plus / at most ${MAX_PERIOD_DAYS} days`,
        ],
      },
    ]);
  return period;
}

/** The period of the same length just before: what every report compares with. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  return periodOf(addCalendarDays(period.from, -period.days), addCalendarDays(period.from, -1));
}
