import {
  addWorkingDays,
  isWorkingDay,
  nonWorkingReason,
  workingDaysBetween,
} from './business-calendar';
import { calendarDateOf, instantAt } from './calendar-date';

const closed = (...dates: string[]) => ({ isClosed: (date: string) => dates.includes(date) });

describe('business calendar (Europe/Paris, French public holidays)', () => {
  it('knows weekends, public holidays (with movable feasts) and closures', () => {
    expect(nonWorkingReason('2026-11-21')).toBe('weekend');
    expect(nonWorkingReason('2026-11-11')).toBe('public-holiday');
    expect(nonWorkingReason('2026-05-25')).toBe('public-holiday'); // Lundi de Pentecôte 2026
    expect(nonWorkingReason('2027-03-29')).toBe('public-holiday'); // Lundi de Pâques 2027
    expect(nonWorkingReason('2026-11-23', closed('2026-11-23'))).toBe('closure');
    expect(isWorkingDay('2026-11-23')).toBe(true);
  });

  it('counts an email received on Friday evening as due on Tuesday (2 working days)', () => {
    const fridayEvening = instantAt('2026-11-20', 19, 30);
    expect(addWorkingDays(fridayEvening, 2)).toBe('2026-11-24');
  });

  it('skips public holidays and antenna closures', () => {
    // Tuesday 10 Nov 2026 + 1 working day: Wednesday 11 Nov is Armistice → Thursday 12.
    expect(addWorkingDays(instantAt('2026-11-10', 10), 1)).toBe('2026-11-12');
    expect(addWorkingDays(instantAt('2026-11-10', 10), 1, closed('2026-11-12'))).toBe('2026-11-13');
    // Christmas week: Thursday 24 Dec + 1 → Monday 28 Dec.
    expect(addWorkingDays(instantAt('2026-12-24', 9), 1)).toBe('2026-12-28');
  });

  it('uses the Paris day, not the UTC day, around midnight', () => {
    // 23:30 UTC on Sunday 22 Nov is 00:30 on Monday 23 Nov in Paris.
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(calendarDateOf(instant)).toBe('2026-11-23');
    expect(addWorkingDays(instant, 0)).toBe('2026-11-23');
  });

  it('counts working days between two instants for SLA reports', () => {
    expect(workingDaysBetween(instantAt('2026-11-20', 9), instantAt('2026-11-24', 9))).toBe(2);
    expect(workingDaysBetween(instantAt('2026-11-24', 9), instantAt('2026-11-24', 18))).toBe(0);
  });

  it('refuses a negative or fractional count and an endless closure', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1, { isClosed: () => true })).toThrow(/No working day/);
  });
});
