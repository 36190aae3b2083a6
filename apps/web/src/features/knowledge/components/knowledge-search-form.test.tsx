import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { filterFromSearch, KnowledgeSearchForm, searchFromFilter } from './knowledge-search-form';

describe('KnowledgeSearchForm', () => {
  it('keeps the query and filters in the address, in French, leaving out what is empty', () => {
    const search = searchFromFilter({
      q: ' bouse etudiant ',
      kind: 'scheme',
      theme: '',
      status: 'open',
      audience: 'étudiants',
    });
    expect(search.toString()).toBe(
      'q=bouse+etudiant&type=scheme&statut=open&public=%C3%A9tudiants',
    );
    expect(filterFromSearch(search)).toEqual({
      q: 'bouse etudiant',
      kind: 'scheme',
      theme: '',
      status: 'open',
      audience: 'étudiants',
    });
  });

  it('applies the text and the chosen filters on submit', async () => {
    const onApply = jest.fn();
    render(
      <KnowledgeSearchForm
        filter={{ q: '', kind: '', theme: '', status: '', audience: '' }}
        audiences={['apprentis', 'étudiants']}
        onApply={onApply}
      />,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'permis');
    await userEvent.selectOptions(screen.getByLabelText('Thème'), 'mobilite-emploi');
    await userEvent.selectOptions(screen.getByLabelText('Public'), 'apprentis');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(onApply).toHaveBeenCalledWith({
      q: 'permis',
      kind: '',
      theme: 'mobilite-emploi',
      status: '',
      audience: 'apprentis',
    });
  });
});
