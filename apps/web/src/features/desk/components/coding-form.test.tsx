import { describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithSchemes } from '../../../testing/published-schemes';
import type { CodingSubmission, UsedArticle } from './coding-schema';
import { CodingForm } from './coding-form';

function renderForm(hasCitizen = true, articles: UsedArticle[] = []) {
  const onSubmit = jest.fn((_submission: CodingSubmission) => Promise.resolve());
  renderWithSchemes(<CodingForm hasCitizen={hasCitizen} articles={articles} onSubmit={onSubmit} />);
  return { onSubmit, user: userEvent.setup() };
}

const save = () => screen.getByRole('button', { name: 'Enregistrer et redevenir disponible' });

describe('CodingForm', () => {
  it('requires a reason and an outcome before anything is sent', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(save());
    expect(await screen.findByText('Choisissez le motif de l’appel.')).toBeTruthy();
    expect(screen.getByText('Choisissez l’issue de l’appel.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the coding of an answer given on the spot, without a request', async () => {
    const { onSubmit, user } = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'information');
    await user.click(screen.getByRole('radio', { name: 'Réponse apportée' }));
    await user.type(screen.getByRole('textbox', { name: 'Note (facultatif)' }), ' Horaires ');
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({
      coding: {
        reasonCode: 'information',
        outcome: 'answered_on_the_spot',
        aidSchemeSlug: undefined,
        note: 'Horaires',
        knowledgeArticleSlugs: undefined,
      },
      requestSubject: undefined,
    });
  });

  it('asks for the subject of the request only for "demande créée", and requires it', async () => {
    const { onSubmit, user } = renderForm();
    expect(screen.queryByRole('textbox', { name: /Objet de la demande/ })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'application-help');
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Dispositif/ }),
      'Aide au permis de conduire',
    );
    await user.click(screen.getByRole('radio', { name: 'Demande créée' }));
    const subject = screen.getByRole('textbox', { name: /Objet de la demande/ });
    await user.click(save());
    expect(
      await screen.findByText('Indiquez l’objet de la demande (3 caractères au moins).'),
    ).toBeTruthy();
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(subject, 'Aide au permis de conduire');
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({
      coding: {
        reasonCode: 'application-help',
        outcome: 'request_created',
        aidSchemeSlug: 'aide-au-permis-de-conduire',
        note: undefined,
        knowledgeArticleSlugs: undefined,
      },
      requestSubject: 'Aide au permis de conduire',
    });
  });

  it('refuses a request or a callback while no citizen is identified', async () => {
    const { onSubmit, user } = renderForm(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'payment');
    await user.click(screen.getByRole('radio', { name: 'Rappel programmé' }));
    await user.click(save());
    expect(
      await screen.findByText(
        'Identifiez l’usager (ou créez sa fiche) avant de créer une demande ou un rappel.',
      ),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers the schemes by name, open campaigns first', () => {
    renderForm();
    const select = screen.getByRole('combobox', { name: /Dispositif/ });
    const groups = [...select.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['Ouvert', 'Clos']);
    expect(screen.getByRole('option', { name: 'Aucun dispositif' })).toBeTruthy();
  });

  it('links the articles opened during the call, ticked, with their scheme guessed', async () => {
    const { onSubmit, user } = renderForm(true, [
      {
        slug: 'permis-elements-de-langage',
        title: 'Permis : répondre à un refus',
        schemeSlug: 'aide-au-permis-de-conduire',
      },
      {
        slug: 'faq-justificatif-domicile',
        title: 'Quel justificatif de domicile ?',
        schemeSlug: null,
      },
    ]);
    const scheme = screen.getByRole('combobox', { name: /Dispositif/ });
    expect((scheme as HTMLSelectElement).value).toBe('aide-au-permis-de-conduire');
    // The agent unticks the one that did not serve.
    await user.click(screen.getByRole('checkbox', { name: 'Quel justificatif de domicile ?' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'information');
    await user.click(screen.getByRole('radio', { name: 'Réponse apportée' }));
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({
      coding: {
        reasonCode: 'information',
        outcome: 'answered_on_the_spot',
        aidSchemeSlug: 'aide-au-permis-de-conduire',
        note: undefined,
        knowledgeArticleSlugs: ['permis-elements-de-langage'],
      },
      requestSubject: undefined,
    });
  });
});
