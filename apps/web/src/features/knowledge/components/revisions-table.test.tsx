import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RevisionsTable } from './revisions-table';

const REVISIONS = [
  {
    number: 3,
    state: 'in_review',
    authorName: 'Inès Carpentier',
    createdAt: '2026-11-30T10:00:00Z',
    changeNote: 'Montant 2027',
  },
  {
    number: 2,
    state: 'published',
    authorName: 'Paul Lefebvre',
    createdAt: '2026-11-02T10:00:00Z',
    changeNote: null,
  },
  {
    number: 1,
    state: 'archived',
    authorName: null,
    createdAt: '2026-10-01T10:00:00Z',
    changeNote: null,
  },
];

describe('RevisionsTable', () => {
  it('lists the revisions with their state and author (imports named as such)', () => {
    render(
      <RevisionsTable
        revisions={REVISIONS}
        compared={null}
        selected={3}
        onSelect={() => undefined}
        onCompare={() => undefined}
      />,
    );
    expect(screen.getByText('En relecture')).toBeTruthy();
    expect(screen.getByText('Import')).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: 'Sélectionner la révision 3' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('picks the pair to compare, older first, whatever the order of the clicks', async () => {
    const onCompare = jest.fn();
    render(
      <RevisionsTable
        revisions={REVISIONS}
        compared={[2, 3]}
        selected={3}
        onSelect={() => undefined}
        onCompare={onCompare}
      />,
    );
    await userEvent.click(screen.getByLabelText('Comparer jusqu’à la révision 1'));
    expect(onCompare).toHaveBeenCalledWith([1, 2]);
  });
});
