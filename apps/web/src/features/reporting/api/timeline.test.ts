import { describe, expect, it } from '@jest/globals';
import { timeline } from './timeline';

describe('timeline', () => {
  it('lists every day of the period, both ends included, across a month end', () => {
    expect(timeline('day', '2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
  });

  it('names weeks by their Monday, the first one starting before the period', () => {
    // 1 October 2026 is a Thursday.
    expect(timeline('week', '2026-10-01', '2026-10-19')).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
    ]);
  });

  it('lists the months a period touches, across the new year', () => {
    expect(timeline('month', '2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
