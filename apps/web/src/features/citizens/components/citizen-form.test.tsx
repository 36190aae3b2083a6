import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CitizenForm } from './citizen-form';
import { changesOf, type CitizenFormValues } from './citizen-form-schema';

const values: CitizenFormValues = {
  civility: 'mme',
  firstName: 'Hélène',
  lastName: 'Lefèvre',
  phones: '06 12 34 56 78',
  emails: 'helene.lefevre@example.fr',
  addressLine: '',
  postcode: '80000',
  inseeCode: '80021',
  contactConsent: false,
};

function renderForm(onSubmit = jest.fn(), serverErrors: { field: string; message: string }[] = []) {
  render(
    <CitizenForm
      defaultValues={values}
      pending={false}
      serverErrors={serverErrors}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return onSubmit;
}

describe('CitizenForm', () => {
  it('refuses an empty name, a bad email and a bad postcode, on their fields', async () => {
    const onSubmit = renderForm();
    await userEvent.clear(screen.getByLabelText('Nom'));
    await userEvent.type(screen.getByLabelText(/^Courriel/), '{Enter}martin@');
    await userEvent.clear(screen.getByLabelText('Code postal'));
    await userEvent.type(screen.getByLabelText('Code postal'), '800');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Le nom est obligatoire.')).toBeTruthy();
    expect(screen.getByText('Adresse électronique invalide.')).toBeTruthy();
    expect(screen.getByText('Cinq chiffres, par exemple 80000.')).toBeTruthy();
    expect(screen.getByLabelText('Nom').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits the identity with one phone or email per line', async () => {
    const onSubmit = renderForm();
    await userEvent.type(screen.getByLabelText(/^Téléphone/), '{Enter}03 22 97 37 37');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submitted = onSubmit.mock.calls[0]?.[0] as CitizenFormValues;
    expect(changesOf(submitted)).toMatchObject({
      civility: 'mme',
      lastName: 'Lefèvre',
      phones: ['06 12 34 56 78', '03 22 97 37 37'],
      emails: ['helene.lefevre@example.fr'],
      postcode: '80000',
    });
  });

  it('shows the API’s field errors on the fields they name', () => {
    renderForm(jest.fn(), [
      { field: 'phone', message: 'phone : numéro de téléphone invalide (12)' },
    ]);
    expect(screen.getByText('phone : numéro de téléphone invalide (12)')).toBeTruthy();
  });
});
