import { isoWeekOf } from './iso-week';

describe('ISO week', () => {
  it('numbers weeks from the one holding the year’s first Thursday', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });
});
