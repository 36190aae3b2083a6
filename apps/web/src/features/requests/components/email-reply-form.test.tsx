import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmailReplyForm } from './email-reply-form';

function renderForm(error: string | null = null) {
  const onSend = jest.fn((_reply: { body: string }) => Promise.resolve());
  render(<EmailReplyForm pending={false} error={error} onSend={onSend} />);
  return onSend;
}

describe('EmailReplyForm', () => {
  it('refuses an empty or blank reply on its field, without sending', async () => {
    const onSend = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByText('Écrivez la réponse avant de l’envoyer.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Réponse/), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(screen.getByLabelText(/^Réponse/).getAttribute('aria-invalid')).toBe('true');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('refuses a reply over 20,000 characters', async () => {
    const onSend = renderForm();
    const field = screen.getByLabelText(/^Réponse/);
    await userEvent.click(field);
    await userEvent.paste('a'.repeat(20_001));
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByText('La réponse dépasse 20 000 caractères.')).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('sends the trimmed body, then empties the field', async () => {
    const onSend = renderForm();
    await userEvent.type(screen.getByLabelText(/^Réponse/), '  Votre dossier est complet.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(onSend).toHaveBeenCalledWith({ body: 'Votre dossier est complet.' });
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Réponse/).value).toBe('');
  });

  it('shows the API’s refusal above the field', () => {
    renderForm('L’usager n’a pas d’adresse électronique connue.');
    expect(screen.getByText('L’usager n’a pas d’adresse électronique connue.')).toBeTruthy();
  });
});
