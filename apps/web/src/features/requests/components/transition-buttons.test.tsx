import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TransitionButtons } from './transition-buttons';

describe('TransitionButtons', () => {
  it('offers exactly the transitions the API allows', () => {
    render(
      <TransitionButtons
        options={[
          { to: 'closed', reasonRequired: false },
          { to: 'in_progress', reasonRequired: true },
        ]}
        pending={false}
        onTransition={() => undefined}
      />,
    );
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Clôturer', 'Passer en cours']);
    expect(screen.queryByRole('button', { name: 'Qualifier' })).toBeNull();
  });

  it('moves at once when no reason is asked', async () => {
    const onTransition = jest.fn();
    render(
      <TransitionButtons
        options={[{ to: 'qualified', reasonRequired: false }]}
        pending={false}
        onTransition={onTransition}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Qualifier' }));
    expect(onTransition).toHaveBeenCalledWith('qualified');
  });

  it('asks the reason the lifecycle requires, and refuses an empty one', async () => {
    const onTransition = jest.fn();
    render(
      <TransitionButtons
        options={[{ to: 'waiting_citizen', reasonRequired: true }]}
        pending={false}
        onTransition={onTransition}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mettre en attente de l’usager' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onTransition).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez un motif.')).toBeTruthy();
    await userEvent.type(
      screen.getByLabelText(/Motif du passage à « En attente de l’usager »/),
      'Avis d’imposition attendu',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onTransition).toHaveBeenCalledWith('waiting_citizen', 'Avis d’imposition attendu');
  });

  it('says so when the request is closed', () => {
    render(<TransitionButtons options={[]} pending={false} onTransition={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/aucun changement de statut possible/)).toBeTruthy();
  });
});
