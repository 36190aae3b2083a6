import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CodingSubmission } from './coding-schema';
import { CodingForm } from './coding-form';

function renderForm(hasCitizen = true) {
  const onSubmit = jest.fn((_submission: CodingSubmission) => Promise.resolve());
  render(<CodingForm hasCitizen={hasCitizen} onSubmit={onSubmit} />);
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
      },
      requestSubject: undefined,
    });
  });

  it('asks for the subject of the request only for "demande créée", and requires it', async () => {
    const { onSubmit, user } = renderForm();
    expect(screen.queryByRole('textbox', { name: /Objet de la demande/ })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'application-help');
    await user.type(
      screen.getByRole('textbox', { name: /Dispositif/ }),
      'aide-au-permis-de-conduire',
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
      },
      requestSubject: 'Aide au permis de conduire',
    });
  });

  it('refuses a request or a callback while no citizen is identified, and a malformed scheme', async () => {
    const { onSubmit, user } = renderForm(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'payment');
    await user.type(screen.getByRole('textbox', { name: /Dispositif/ }), 'Aide Permis');
    await user.click(screen.getByRole('radio', { name: 'Rappel programmé' }));
    await user.click(save());
    expect(
      await screen.findByText(
        'Identifiez l’usager (ou créez sa fiche) avant de créer une demande ou un rappel.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Identifiant en minuscules et tirets, par exemple aide-au-permis-de-conduire.',
      ),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
