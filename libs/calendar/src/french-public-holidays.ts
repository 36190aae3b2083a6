import joursFeries from '@socialgouv/jours-feries';
import type { CalendarDate } from './calendar-date';

const cache = new Map<number, ReadonlyMap<CalendarDate, string>>();

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Metropolitan French public holidays (Hauts-de-France has no local ones), from the SocialGouv
 * package; its Date objects are local midnights, so only their calendar parts are read.
 */
export function publicHolidaysOf(year: number): ReadonlyMap<CalendarDate, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = new Map(
      Object.entries(joursFeries(year)).map(([name, date]) => [
        `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
        name,
      ]),
    );
    cache.set(year, holidays);
  }
  return holidays;
}

export function publicHolidayName(date: CalendarDate): string | undefined {
  return publicHolidaysOf(Number(date.slice(0, 4))).get(date);
}
