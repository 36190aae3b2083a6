import { isWorkingDay, type CalendarDate } from '@gru/calendar';

const DAY_MS = 86_400_000;

/** Whether each day is worked never changes: decided once per day (a few thousand at most). */
const worked = new Map<CalendarDate, boolean>();

/**
 * Working days from `from` to `to` inclusive. The calendar's rules cost a fraction of a
 * millisecond a day, which for a year of activity held the event loop for 80 ms a request.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let time = Date.parse(`${from}T00:00:00Z`); ; time += DAY_MS) {
    const day: CalendarDate = new Date(time).toISOString().slice(0, 10);
    if (day > to) return count;
    let working = worked.get(day);
    if (working === undefined) {
      working = isWorkingDay(day);
      worked.set(day, working);
    }
    if (working) count += 1;
  }
}
