import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import type { AntennaLive } from '../api/live-board';
import { AntennasTable } from './antennas-table';

const amiens: AntennaLive = {
  antennaId: 'amiens',
  name: 'Amiens',
  waiting: 2,
  waitingByStep: [
    { step: 0, count: 1 },
    { step: 2, count: 1 },
  ],
  longestWaitSeconds: 185,
  agents: { available: 2, ringing: 0, on_call: 1, wrap_up: 0, break: 0, offline: 3 },
  today: { offered: 8, answered: 6, answeredWithin20s: 4, abandoned: 1, ownAntennaShare: 0.833 },
  callbacksDueToday: 1234,
};
const arras: AntennaLive = {
  antennaId: 'arras',
  name: 'Arras',
  waiting: 0,
  waitingByStep: [],
  longestWaitSeconds: 0,
  agents: { available: 0, ringing: 0, on_call: 0, wrap_up: 0, break: 0, offline: 0 },
  today: { offered: 0, answered: 0, answeredWithin20s: 0, abandoned: 0, ownAntennaShare: null },
  callbacksDueToday: 0,
};

/** Cell texts of a row, by column header, with French spaces made plain for readability. */
function cellsOf(name: string): Record<string, string> {
  const headers = screen.getAllByRole('columnheader').map((header) => header.textContent ?? '');
  const row = screen.getByRole('row', { name: new RegExp(`^${name}`) });
  const cells = [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
    (cell) => (cell.textContent ?? '').replace(/[\u202f\u00a0]/g, ' '),
  );
  return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
}

describe('AntennasTable', () => {
  it('formats an antenna row in French: steps, durations, agents by presence, shares and counts', () => {
    render(<AntennasTable caption="Situation par antenne" rows={[amiens, arras]} />);
    expect(screen.getByRole('table', { name: 'Situation par antenne' })).toBeTruthy();
    expect(cellsOf('Amiens')).toEqual({
      Antenne: 'Amiens',
      'En attente': '2',
      'Par étape': 'étape 1 : 1, étape 3 : 1',
      'Attente la plus longue': '3 min 05 s',
      Agents: '2 disponibles, 1 en appel, 3 déconnectés',
      'Appels reçus': '8',
      Décrochés: '6',
      'Décrochés en 20 s ou moins': '4 (50 %)',
      Abandons: '1',
      'Part décrochée par l’antenne': '83 %',
      'Rappels à faire aujourd’hui': '1 234',
    });
  });

  it('shows an idle antenna without inventing a share: no wait, no agent, a dash before any answer', () => {
    render(<AntennasTable caption="Situation par antenne" rows={[amiens, arras]} />);
    expect(cellsOf('Arras')).toMatchObject({
      'En attente': '0',
      'Par étape': 'aucun',
      'Attente la plus longue': 'aucun',
      Agents: 'aucun',
      'Décrochés en 20 s ou moins': '0',
      'Part décrochée par l’antenne': '—',
    });
  });

  it('adds a total row in the footer when given the totals, durations past the hour in hours', () => {
    render(
      <AntennasTable
        caption="Situation par antenne"
        rows={[amiens]}
        totals={{
          ...amiens,
          agents: { ...amiens.agents, available: 1, offline: 1 },
          longestWaitSeconds: 3725,
          today: { ...amiens.today, ownAntennaShare: 1 },
        }}
      />,
    );
    expect(cellsOf('Total')).toMatchObject({
      Agents: '1 disponible, 1 en appel, 1 déconnecté',
      'Attente la plus longue': '1 h 02 min',
      'Part décrochée par l’antenne': '100 %',
    });
  });
});
