import { addCalendarDays, calendarDateOf, instantAt, type CalendarDate } from '@gru/calendar';

/** The Paris day starting at or containing `instant`. */
export const parisDayOf = (instant: Date): CalendarDate => calendarDateOf(instant);

/** Midnight, Paris time, of a calendar day. */
export const startOfParisDay = (day: CalendarDate): Date => instantAt(day, 0);

/** The Paris days covering [from, to): the first contains `from`, the last contains `to - 1 ms`. */
export function parisDaysCovering(from: Date, to: Date): CalendarDate[] {
  const days: CalendarDate[] = [];
  const last = parisDayOf(new Date(to.getTime() - 1));
  for (let day = parisDayOf(from); day <= last; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

export const nextParisDay = (day: CalendarDate): CalendarDate => addCalendarDays(day, 1);
