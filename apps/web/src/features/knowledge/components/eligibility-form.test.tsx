import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EligibilityForm } from './eligibility-form';

describe('EligibilityForm', () => {
  it('asks for the age or birth date, the situation and a valid INSEE code', async () => {
    const onSubmit = jest.fn();
    render(<EligibilityForm pending={false} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Code INSEE/), '800');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier l’éligibilité' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findByText('Indiquez l’âge ou la date de naissance.')).toBeTruthy();
    expect(screen.getByText('Choisissez une situation.')).toBeTruthy();
    expect(screen.getByText(/Le code INSEE compte 5 caractères/)).toBeTruthy();
  });

  it('sends the situation with numbers, leaving out what the agent does not know', async () => {
    const onSubmit = jest.fn();
    render(<EligibilityForm pending={false} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Âge'), '19');
    await userEvent.selectOptions(screen.getByLabelText('Situation'), 'student');
    await userEvent.type(screen.getByLabelText(/Code INSEE/), '80021');
    await userEvent.type(screen.getByLabelText(/Quotient familial/), '850');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier l’éligibilité' }));
    expect(onSubmit).toHaveBeenCalledWith({
      age: 19,
      status: 'student',
      inseeCode: '80021',
      familyQuotient: 850,
      income: undefined,
    });
  });
});
