import { addCalendarDays, CalendarDate, calendarDateOf, weekdayOf } from './calendar-date';
import { publicHolidayName } from './french-public-holidays';

/** Days an antenna is exceptionally closed, on top of weekends and public holidays. */
export interface ClosureCalendar {
  isClosed(date: CalendarDate): boolean;
}

export const NO_CLOSURES: ClosureCalendar = { isClosed: () => false };

export type NonWorkingReason = 'weekend' | 'public-holiday' | 'closure';

export function nonWorkingReason(
  date: CalendarDate,
  closures: ClosureCalendar = NO_CLOSURES,
): NonWorkingReason | undefined {
  if (weekdayOf(date) >= 6) return 'weekend';
  if (publicHolidayName(date) !== undefined) return 'public-holiday';
  if (closures.isClosed(date)) return 'closure';
  return undefined;
}

export function isWorkingDay(date: CalendarDate, closures: ClosureCalendar = NO_CLOSURES): boolean {
  return nonWorkingReason(date, closures) === undefined;
}

const SEARCH_LIMIT_DAYS = 366;

function nextDay(date: CalendarDate, from: Date, stepsTaken: number): CalendarDate {
  if (stepsTaken > SEARCH_LIMIT_DAYS * 2) {
    throw new Error(
      `No working day found within ${SEARCH_LIMIT_DAYS} days of ${calendarDateOf(from)}: check the closures`,
    );
  }
  return addCalendarDays(date, 1);
}

/**
 * The day that is `count` working days after the day of `from`: each following working day counts
 * one. A request received on Friday (or Saturday) with a 2-working-day SLA is due on Tuesday.
 * With count 0: the day of `from` if it is a working day, else the next working day.
 */
export function addWorkingDays(
  from: Date,
  count: number,
  closures: ClosureCalendar = NO_CLOSURES,
): CalendarDate {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number of days, got ${count}`);
  let date = calendarDateOf(from);
  let steps = 0;
  let remaining = count;
  while (remaining > 0) {
    date = nextDay(date, from, (steps += 1));
    if (isWorkingDay(date, closures)) remaining -= 1;
  }
  while (!isWorkingDay(date, closures)) date = nextDay(date, from, (steps += 1));
  return date;
}

/** Working days strictly after the day of `from` up to and including the day of `to` (for SLA reports). */
export function workingDaysBetween(
  from: Date,
  to: Date,
  closures: ClosureCalendar = NO_CLOSURES,
): number {
  const end = calendarDateOf(to);
  let date = calendarDateOf(from);
  let count = 0;
  while (date < end) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, closures)) count += 1;
  }
  return count;
}
