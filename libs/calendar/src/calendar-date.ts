import { DateTime } from 'luxon';

/** The Region works on Paris time: a "day" is a calendar day in Europe/Paris, whatever the server's zone. */
export const REGION_TIME_ZONE = 'Europe/Paris';

/** A calendar day as `YYYY-MM-DD`, the unit of holidays, closures and SLA counting. */
export type CalendarDate = string;

export function calendarDateOf(instant: Date): CalendarDate {
  return DateTime.fromJSDate(instant, { zone: REGION_TIME_ZONE }).toISODate() as CalendarDate;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return DateTime.fromISO(date, { zone: REGION_TIME_ZONE })
    .plus({ days })
    .toISODate() as CalendarDate;
}

export function weekdayOf(date: CalendarDate): number {
  return DateTime.fromISO(date, { zone: REGION_TIME_ZONE }).weekday; // 1 = Monday … 7 = Sunday
}

/** The instant at which a Paris calendar day reaches the given local time (DST-safe). */
export function instantAt(date: CalendarDate, hour: number, minute = 0): Date {
  return DateTime.fromISO(date, { zone: REGION_TIME_ZONE })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}
