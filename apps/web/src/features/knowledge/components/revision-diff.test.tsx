import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { RevisionDiff } from './revision-diff';

describe('RevisionDiff', () => {
  it('shows each changed field with its additions and removals, named for screen readers', () => {
    const { container } = render(
      <RevisionDiff
        from={1}
        to={2}
        fields={[
          {
            field: 'body',
            label: 'Contenu',
            parts: [
              { type: 'unchanged', value: 'Jusqu’à ' },
              { type: 'removed', value: '1 000 €' },
              { type: 'added', value: '1 200 €' },
              { type: 'unchanged', value: ' par an.' },
            ],
          },
        ]}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Modifications de la révision 1 à la révision 2' }),
    ).toBeTruthy();
    expect(screen.getByText('Contenu')).toBeTruthy();
    expect(container.querySelector('del')?.textContent).toBe('[supprimé : 1 000 €]');
    expect(container.querySelector('ins')?.textContent).toBe('[ajouté : 1 200 €]');
  });

  it('names who wrote each of the two revisions', () => {
    render(
      <RevisionDiff
        from={1}
        to={2}
        fields={[]}
        authors={{ from: 'Inès Carpentier (vous)', to: 'Paul Lefebvre' }}
      />,
    );
    expect(screen.getByText('Révision 1 : Inès Carpentier (vous)')).toBeTruthy();
    expect(screen.getByText('Révision 2 : Paul Lefebvre')).toBeTruthy();
  });

  it('says when two revisions say the same', () => {
    render(<RevisionDiff from={2} to={3} fields={[]} />);
    expect(screen.getByText('Aucune différence entre ces deux révisions.')).toBeTruthy();
  });
});
