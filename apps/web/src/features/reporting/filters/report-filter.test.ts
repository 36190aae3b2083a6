import { describe, expect, it } from '@jest/globals';
import {
  defaultFilter,
  filterFromSearch,
  monthOf,
  monthPeriod,
  recentMonths,
  searchFromFilter,
} from './report-filter';

const today = new Date(2026, 10, 30, 15, 0);

describe('the dashboard filter in the address', () => {
  it('opens on the contacts of the current month', () => {
    expect(filterFromSearch(new URLSearchParams(), today)).toEqual(defaultFilter(today));
    expect(defaultFilter(today)).toMatchObject({
      tab: 'contacts',
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('reads back every filter it writes, with French names and values', () => {
    const filter = {
      ...defaultFilter(today),
      tab: 'voice' as const,
      from: '2026-02-01',
      to: '2026-02-28',
      antennaId: 'amiens',
      channel: 'visit' as const,
      aidSchemeSlug: 'aide-au-permis-de-conduire',
      reasonCode: 'payment' as const,
      dimension: 'reason' as const,
      step: 'week' as const,
      voiceGroup: 'day' as const,
      activityGroup: 'agent' as const,
    };
    const search = searchFromFilter(filter, today);
    expect(search.toString()).toBe(
      'vue=numero-vert&du=2026-02-01&au=2026-02-28&antenne=amiens&canal=visit&dispositif=aide-au-permis-de-conduire&motif=payment&par=reason&pas=week&appels-par=day&activite-par=agent',
    );
    expect(filterFromSearch(search, today)).toEqual(filter);
  });

  it('falls back to the defaults on unknown values, impossible days and reversed periods', () => {
    const read = (query: string) => filterFromSearch(new URLSearchParams(query), today);
    expect(read('vue=inconnue&canal=fax&motif=x&par=agent')).toEqual(defaultFilter(today));
    expect(read('du=2026-02-30&au=2026-03-01')).toMatchObject({ from: '2026-11-01' });
    expect(read('du=2026-03-10&au=2026-03-01')).toMatchObject({ from: '2026-11-01' });
    expect(read('du=2026-03-01&au=2026-03-01')).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-01',
    });
  });
});

describe('months', () => {
  it('knows the last day of each month, leap years included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-13')).toBeNull();
    expect(monthOf('2026-04-01', '2026-04-30')).toBe('2026-04');
    expect(monthOf('2026-04-01', '2026-04-29')).toBeNull();
  });

  it('lists the recent months newest first, across the new year', () => {
    expect(recentMonths(new Date(2026, 1, 15), 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});
