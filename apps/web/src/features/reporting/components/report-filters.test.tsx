import { describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithSchemes } from '../../../testing/published-schemes';
import { defaultFilter, type ReportFilter } from '../filters/report-filter';
import { ReportFilters } from './report-filters';

const today = new Date(2026, 10, 30);
const antennas = [
  { id: 'amiens', name: 'Antenne d’Amiens' },
  { id: 'arras', name: 'Antenne d’Arras' },
];

describe('ReportFilters', () => {
  it('applies a month, an antenna, a channel, a scheme and a reason in one submit', async () => {
    const onApply = jest.fn<(filter: ReportFilter) => void>();
    renderWithSchemes(
      <ReportFilters
        filter={defaultFilter(today)}
        antennas={antennas}
        today={today}
        onApply={onApply}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Mois'), 'Septembre 2026');
    expect(screen.getByLabelText<HTMLInputElement>('Du').value).toBe('2026-09-01');
    expect(screen.getByLabelText<HTMLInputElement>('Au').value).toBe('2026-09-30');
    await userEvent.selectOptions(screen.getByLabelText('Antenne'), 'Antenne d’Arras');
    await userEvent.selectOptions(screen.getByLabelText('Canal'), 'Courriel');
    await userEvent.selectOptions(
      screen.getByLabelText('Dispositif'),
      'Aide au permis de conduire',
    );
    await userEvent.selectOptions(screen.getByLabelText('Motif'), 'Paiement');
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
    expect(onApply).toHaveBeenCalledWith({
      ...defaultFilter(today),
      from: '2026-09-01',
      to: '2026-09-30',
      antennaId: 'arras',
      channel: 'email',
      aidSchemeSlug: 'aide-au-permis-de-conduire',
      reasonCode: 'payment',
    });
  });

  it('shows a custom period as such, and refuses an end before the start', async () => {
    const onApply = jest.fn<(filter: ReportFilter) => void>();
    renderWithSchemes(
      <ReportFilters
        filter={{ ...defaultFilter(today), from: '2026-11-03', to: '2026-11-09' }}
        antennas={antennas}
        today={today}
        onApply={onApply}
      />,
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Mois').value).toBe('autre');
    const end = screen.getByLabelText<HTMLInputElement>(/^Au/);
    await userEvent.clear(end);
    await userEvent.type(end, '2026-11-01');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('La date de fin doit suivre la date de début.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('offers no antenna choice to an antenna manager and keeps their scope', async () => {
    const onApply = jest.fn<(filter: ReportFilter) => void>();
    renderWithSchemes(
      <ReportFilters
        filter={{ ...defaultFilter(today), antennaId: 'amiens' }}
        antennas={null}
        today={today}
        onApply={onApply}
      />,
    );
    expect(screen.queryByLabelText('Antenne')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
    expect(onApply.mock.calls[0]?.[0]).toMatchObject({ antennaId: 'amiens' });
  });
});
