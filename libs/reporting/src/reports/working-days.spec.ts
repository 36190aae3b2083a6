import { addCalendarDays, isWorkingDay } from '@gru/calendar';
import { workingDaysBetween } from './working-days';

describe('workingDaysBetween', () => {
  it('counts the days the calendar says are worked, bounds included', () => {
    let expected = 0;
    for (let day = '2025-12-20'; day <= '2026-05-10'; day = addCalendarDays(day, 1))
      if (isWorkingDay(day)) expected += 1;
    expect(workingDaysBetween('2025-12-20', '2026-05-10')).toBe(expected);
    expect(workingDaysBetween('2025-12-20', '2026-05-10')).toBe(expected);
  });

  it('knows holidays and weekends', () => {
    expect(workingDaysBetween('2026-05-01', '2026-05-01')).toBe(0); // Labour Day
    expect(workingDaysBetween('2026-05-02', '2026-05-03')).toBe(0); // a weekend
    expect(workingDaysBetween('2026-05-04', '2026-05-08')).toBe(4); // 8 May
  });
});
