import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SortableTable, sortRows, type TableColumn } from './sortable-table';

interface Antenna {
  readonly name: string;
  readonly contacts: number;
  readonly share: number | null;
}

const rows: Antenna[] = [
  { name: 'Arras', contacts: 12, share: 0.5 },
  { name: 'Amiens', contacts: 1200, share: null },
  { name: 'Évreux', contacts: 80, share: 0.9 },
];
const columns: TableColumn<Antenna>[] = [
  { key: 'name', header: 'Antenne', value: (row) => row.name, rowHeader: true },
  {
    key: 'contacts',
    header: 'Contacts',
    value: (row) => row.contacts,
    render: (row) => `${row.contacts} contacts`,
    numeric: true,
  },
  { key: 'share', header: 'Part', value: (row) => row.share, numeric: true },
];

const rowHeaders = () =>
  within(screen.getAllByRole('rowgroup')[1] as HTMLElement)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('SortableTable', () => {
  it('keeps the given order until a header is pressed, then sorts by that column and says so', async () => {
    render(
      <SortableTable caption="Contacts" columns={columns} rows={rows} rowKey={(row) => row.name} />,
    );
    expect(screen.getByRole('table', { name: 'Contacts' })).toBeTruthy();
    expect(rowHeaders()).toEqual(['Arras', 'Amiens', 'Évreux']);
    expect(screen.getByRole('cell', { name: '1200 contacts' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Contacts' }));
    expect(rowHeaders()).toEqual(['Amiens', 'Évreux', 'Arras']);
    expect(screen.getByRole('columnheader', { name: 'Contacts' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Tableau trié par Contacts, ordre décroissant.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Contacts' }));
    expect(rowHeaders()).toEqual(['Arras', 'Évreux', 'Amiens']);
    expect(screen.getByRole('columnheader', { name: 'Contacts' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: 'Antenne' }).getAttribute('aria-sort')).toBe(
      'none',
    );
  });

  it('sorts names the French way (accents beside their letter) and keeps the total row last', async () => {
    render(
      <SortableTable
        caption="Contacts"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        footer={{ name: 'Total', contacts: 1292, share: 1 }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Antenne' }));
    expect(rowHeaders()).toEqual(['Amiens', 'Arras', 'Évreux']);
    const footer = screen.getAllByRole('rowgroup')[2] as HTMLElement;
    expect(within(footer).getByRole('rowheader').textContent).toBe('Total');
  });

  it('puts empty values last in both directions', () => {
    const byShare = (row: Antenna) => row.share;
    expect(sortRows(rows, byShare, 'ascending').map((row) => row.name)).toEqual([
      'Arras',
      'Évreux',
      'Amiens',
    ]);
    expect(sortRows(rows, byShare, 'descending').map((row) => row.name)).toEqual([
      'Évreux',
      'Arras',
      'Amiens',
    ]);
  });
});
