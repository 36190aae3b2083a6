import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountReport } from '../api/report-models';
import { CountSection } from './count-section';

const report: CountReport = {
  rows: [
    { key: 'arras', label: 'Antenne d’Arras', count: 30, previous: 40 },
    { key: 'amiens', label: 'Antenne d’Amiens', count: 1500, previous: 1000 },
    { key: 'lille', label: 'Antenne de Lille', count: 70, previous: 0 },
  ],
  total: 1600,
  previous: { from: '2026-10-01', to: '2026-10-31', total: 1040 },
};

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

function cells(rowName: RegExp): string[] {
  const row = screen.getByRole('row', { name: rowName });
  return [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) =>
    plain(cell.textContent),
  );
}

describe('CountSection', () => {
  it('draws a labelled chart, then a table sorted by count with shares and the change per row', () => {
    render(
      <CountSection
        id="breakdown"
        title="Contacts par antenne"
        keyHeader="Antenne"
        report={report}
        chart="bar"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Contacts par antenne' })).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Graphique : Contacts par antenne. Les chiffres sont dans le tableau qui suit.',
      }),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Contacts par antenne' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => plain(cell.textContent));
    expect(names).toEqual(['Antenne d’Amiens', 'Antenne de Lille', 'Antenne d’Arras', 'Total']);
    expect(cells(/^Antenne d’Amiens/)).toEqual([
      'Antenne d’Amiens',
      '1 500',
      '93,8 %',
      '1 000',
      '↗ +50 % par rapport à la période précédente (1 000)',
    ]);
    expect(cells(/^Antenne de Lille/)[4]).toBe('→ aucun sur la période précédente');
    expect(cells(/^Antenne d’Arras/)[4]).toBe('↘ -25 % par rapport à la période précédente (40)');
    expect(cells(/^Total/)).toEqual([
      'Total',
      '1 600',
      '100 %',
      '1 040',
      '↗ +53,8 % par rapport à la période précédente (1 040)',
    ]);
  });

  it('keeps days in their order until a header sorts them', async () => {
    render(
      <CountSection
        id="over-time"
        title="Contacts par jour"
        keyHeader="Jour"
        chart="line"
        chronological
        report={{
          rows: [
            { key: '2026-11-02', label: '2 novembre 2026', count: 9, previous: null },
            { key: '2026-11-10', label: '10 novembre 2026', count: 3, previous: null },
          ],
          total: 12,
          previous: null,
        }}
      />,
    );
    const days = () =>
      screen
        .getAllByRole('rowheader')
        .slice(0, 2)
        .map((cell) => cell.textContent);
    expect(days()).toEqual(['2 novembre 2026', '10 novembre 2026']);
    // No comparison given: no previous-period columns.
    expect(screen.queryByRole('columnheader', { name: 'Période précédente' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Jour' }));
    expect(days()).toEqual(['2 novembre 2026', '10 novembre 2026']);
    await userEvent.click(screen.getByRole('button', { name: 'Jour' }));
    expect(days()).toEqual(['10 novembre 2026', '2 novembre 2026']);
  });

  it('says there is nothing rather than drawing an empty chart', () => {
    render(
      <CountSection
        id="empty"
        title="Contacts par canal"
        keyHeader="Canal"
        chart="bar"
        report={{ rows: [], total: 0, previous: null }}
      />,
    );
    expect(screen.getByText('Aucun contact sur cette période avec ces filtres.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
