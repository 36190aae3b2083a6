import { CONTACTS_BY_MONTH, monthsAndDaysSql } from './months-and-days';
import { periodOf } from './reporting-period';
import { SqlFilter } from './sql-filter';

const split = (from: string, to: string) => {
  const filter = new SqlFilter();
  const sql = monthsAndDaysSql(CONTACTS_BY_MONTH, periodOf(from, to), filter);
  return { monthly: sql.includes(CONTACTS_BY_MONTH.monthly), params: filter.params };
};

describe('monthsAndDaysSql', () => {
  it('reads days only when the period holds no whole month', () => {
    expect(split('2026-01-10', '2026-02-20')).toEqual({
      monthly: false,
      params: ['2026-01-10', '2026-02-21'],
    });
  });

  it('reads the whole months from the monthly table and the days around them from the daily one', () => {
    // [from, first whole month), [first whole month, after the last), [after the last, after to)
    expect(split('2026-01-10', '2026-04-05')).toEqual({
      monthly: true,
      params: ['2026-01-10', '2026-02-01', '2026-02-01', '2026-04-01', '2026-04-01', '2026-04-06'],
    });
  });

  it('needs no days when the period is whole months, across a year end', () => {
    expect(split('2025-12-01', '2026-01-31')).toEqual({
      monthly: true,
      params: ['2025-12-01', '2025-12-01', '2025-12-01', '2026-02-01', '2026-02-01', '2026-02-01'],
    });
  });

  it('takes a single whole month', () => {
    expect(split('2026-02-01', '2026-02-28').params.slice(2, 4)).toEqual([
      '2026-02-01',
      '2026-03-01',
    ]);
  });
});
