import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import type { ActivityRow, RequestsRow, VoiceRow } from '../api/report-models';
import { ActivityView } from './activity-tab';
import { FootfallView } from './footfall-tab';
import { RequestsView } from './requests-tab';
import { VoiceView } from './voice-tab';

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

/** A row's cells by column header, in the table named `table`. */
function rowOf(table: string, name: string): Record<string, string> {
  const element = screen.getByRole('table', { name: table });
  const headers = within(element)
    .getAllByRole('columnheader')
    // The sort arrow is hidden from assistive technologies: the header's name is the words.
    .map((header) => plain(header.textContent).replace(/ [▲▼⇅]$/, ''));
  const row = within(element).getByRole('row', { name: new RegExp(`^${name}`) });
  const cells = [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')];
  return Object.fromEntries(
    headers.map((header, i) => [header, plain(cells[i]?.textContent ?? '')]),
  );
}

const voiceRow = (key: string, label: string, overrides: Partial<VoiceRow> = {}): VoiceRow => ({
  key,
  label,
  offered: 200,
  answered: 180,
  answeredWithin20s: 150,
  serviceLevel: 0.75,
  abandoned: 20,
  averageAbandonWaitSeconds: 48.4,
  callbacks: 6,
  averageSpeedOfAnswerSeconds: 12.6,
  overflowRate: 0.1,
  ownAntennaShare: 0.9,
  handledPerStaffedHour: 3.456,
  ...overrides,
});

describe('VoiceView', () => {
  it('heads with the period’s figures and Jain’s index, then one row per antenna and the totals', () => {
    render(
      <VoiceView
        byDay={false}
        report={{
          rows: [
            voiceRow('amiens', 'Amiens'),
            voiceRow('arras', 'Arras', { ownAntennaShare: null }),
          ],
          jainIndex: 0.9876,
          totals: voiceRow('', 'Total', { offered: 400, handledPerStaffedHour: null }),
          previous: { from: '2026-10-01', to: '2026-10-31', total: 320 },
        }}
      />,
    );
    expect(screen.getByText('0,988')).toBeTruthy();
    expect(plain(screen.getByText(/par rapport à la période précédente/).textContent)).toBe(
      '↗ +25 % par rapport à la période précédente (320)',
    );
    expect(rowOf('Numéro vert par antenne', 'Amiens')).toEqual({
      Antenne: 'Amiens',
      'Appels reçus': '200',
      Décrochés: '180',
      'Décrochés en 20 s ou moins': '150',
      'Niveau de service': '75 %',
      'Délai moyen de décroché': '13 s',
      Abandons: '20',
      'Attente avant abandon': '48 s',
      Rappels: '6',
      'Taux de débordement': '10 %',
      'Part décrochée par l’antenne': '90 %',
      'Appels traités par heure de présence': '3,46',
    });
    expect(rowOf('Numéro vert par antenne', 'Arras')['Part décrochée par l’antenne']).toBe('—');
    expect(rowOf('Numéro vert par antenne', 'Total')['Appels reçus']).toBe('400');
  });
});

const activity = (
  key: string,
  label: string,
  overrides: Partial<ActivityRow> = {},
): ActivityRow => ({
  key,
  label,
  phoneStaffedSeconds: 36_000,
  phoneTalkSeconds: 18_000,
  callsHandled: 42,
  visits: 7,
  visitSeconds: 9_000,
  instructionSeconds: null,
  workingSeconds: 90_000,
  phoneShare: 0.4,
  frontDeskShare: 0.1,
  instructionShare: null,
  ...overrides,
});

describe('ActivityView', () => {
  it('shows hours and shares of working time per activity, and says instruction is not measured', () => {
    render(
      <ActivityView
        group="Agent"
        report={{
          rows: [
            activity('u1', 'Camille Martin'),
            activity('u2', 'Dominique Petit', { visits: 0 }),
          ],
          workingDays: 21,
          instructionNotice: 'les dossiers n’existent pas encore',
        }}
      />,
    );
    expect(
      screen.getByText('Instruction non mesurée : les dossiers n’existent pas encore'),
    ).toBeTruthy();
    expect(rowOf('Temps par activité et par agent', 'Camille Martin')).toEqual({
      Agent: 'Camille Martin',
      'Téléphone (présence)': '10 h (40 %)',
      'dont en communication': '5 h',
      'Appels traités': '42',
      Visites: '7',
      'Accueil physique': '2,5 h (10 %)',
      Instruction: '—',
      'Temps de travail': '25 h',
    });
  });
});

describe('FootfallView', () => {
  it('spreads visits over the opening hours and any hour seen, with a total per antenna', () => {
    render(
      <FootfallView
        cells={[
          { antenna: 'Amiens', hour: 9, visits: 4 },
          { antenna: 'Amiens', hour: 11, visits: 2 },
          { antenna: 'Arras', hour: 10, visits: 1 },
          { antenna: 'Arras', hour: 19, visits: 1 },
        ]}
      />,
    );
    const caption = 'Visites à l’accueil par antenne et par heure';
    const amiens = rowOf(caption, 'Amiens');
    expect(Object.keys(amiens)).toEqual([
      'Antenne',
      ...Array.from({ length: 12 }, (_, index) => `${index + 8} h`),
      'Visites',
    ]);
    expect(amiens).toMatchObject({
      '8 h': '0',
      '9 h': '4',
      '10 h': '0',
      '11 h': '2',
      Visites: '6',
    });
    expect(rowOf(caption, 'Arras')).toMatchObject({ '19 h': '1', Visites: '2' });
  });
});

const requests = (
  key: string,
  label: string,
  overrides: Partial<RequestsRow> = {},
): RequestsRow => ({
  key,
  label,
  opened: 120,
  resolved: 100,
  backlog: 35,
  slaMet: 90,
  slaMissed: 10,
  slaMetRate: 0.9,
  callbacksDue: 8,
  callbacksKept: 6,
  callbacksKeptRate: 0.75,
  ...overrides,
});

describe('RequestsView', () => {
  it('shows opened against the previous period, due dates met and callbacks kept per antenna', () => {
    render(
      <RequestsView
        report={{
          rows: [requests('amiens', 'Amiens')],
          totals: requests('', 'Total', { backlog: 35 }),
          previous: { from: '2026-10-01', to: '2026-10-31', total: 150 },
        }}
      />,
    );
    expect(plain(screen.getByText(/par rapport à la période précédente/).textContent)).toBe(
      '↘ -20 % par rapport à la période précédente (150)',
    );
    expect(rowOf('Demandes par antenne', 'Amiens')).toEqual({
      Antenne: 'Amiens',
      Ouvertes: '120',
      Résolues: '100',
      'En stock à la fin': '35',
      'Échéance tenue': '90',
      'Échéance dépassée': '10',
      'Part dans les délais': '90 %',
      'Rappels dus': '8',
      'Rappels tenus': '75 %',
    });
  });
});
