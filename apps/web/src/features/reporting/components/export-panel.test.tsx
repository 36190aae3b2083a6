import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExportKind } from '../api/export-file';
import { ExportPanel } from './export-panel';

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('ExportPanel', () => {
  it('starts the export pressed', async () => {
    const onStart = jest.fn<(kind: ExportKind) => void>();
    render(<ExportPanel state={{ phase: 'idle' }} onStart={onStart} onCancel={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Demandes (XLSX)' }));
    expect(onStart).toHaveBeenCalledWith('requests.xlsx');
  });

  it('shows bytes and rows received while it runs, with a cancel button, and no second export', async () => {
    const onCancel = jest.fn();
    render(
      <ExportPanel
        state={{
          phase: 'running',
          kind: 'contacts.csv',
          progress: {
            bytes: 3 * 1024 * 1024,
            totalBytes: null,
            records: 41250,
            totalRecords: 100000,
          },
        }}
        onStart={() => undefined}
        onCancel={onCancel}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Progression de l’export' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['41250', '100000']);
    expect(plain(screen.getByText(/reçus/).textContent)).toBe(
      '3 Mo reçus, 41 250 sur 100 000 lignes',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Contacts (CSV)' }).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’export' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('announces the end, a cancellation or a failure', () => {
    const { rerender } = render(
      <ExportPanel
        state={{ phase: 'done', fileName: 'contacts-2026-11.csv', records: 1 }}
        onStart={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Export terminé : contacts-2026-11.csv (1 ligne).',
    );
    rerender(
      <ExportPanel
        state={{ phase: 'cancelled' }}
        onStart={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Export annulé.');
    rerender(
      <ExportPanel
        state={{ phase: 'failed' }}
        onStart={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getAllByRole('alert')[0]?.textContent).toContain('L’export a échoué. Réessayez.');
  });
});
