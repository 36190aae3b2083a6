import { describe, expect, it } from '@jest/globals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MailMessage } from '../api/request-emails';
import { EmailMessage } from './email-message';

const base: MailMessage = {
  id: '6f1c2a44-0000-4000-8000-000000000001',
  direction: 'inbound',
  state: 'filed',
  outcome: 'created',
  reason: null,
  mailboxId: 'general',
  requestId: '6f1c2a44-0000-4000-8000-000000000002',
  fromAddress: 'lea.vasseur@usager.test',
  fromName: 'Léa Vasseur',
  toAddresses: ['contact@region.test'],
  subject: 'Bourse',
  sentAt: '2026-11-30T09:00:00.000Z',
  latestText: 'Mon dossier est-il complet ?',
  quotedText: 'Le 2 nov. 2026, Mairie a écrit :\n> Pensez à joindre votre avis d’imposition.',
  html: null,
  attachments: [],
  acknowledgement: 'sent',
  attempts: 0,
  rawSize: 1200,
  createdAt: '2026-11-30T09:00:01.000Z',
};

function renderMessage(message: MailMessage) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <EmailMessage requestId={base.requestId!} message={message} onDone={() => undefined} />
    </QueryClientProvider>,
  );
}

describe('EmailMessage', () => {
  it('folds the quoted history of a text message until the agent unfolds it', async () => {
    renderMessage(base);
    expect(screen.getByText('Mon dossier est-il complet ?')).toBeTruthy();
    const quoted = screen.getByText(/Pensez à joindre/);
    expect(quoted.closest('blockquote')?.hidden).toBe(true);
    const toggle = screen.getByRole('button', { name: 'Afficher l’historique cité' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(quoted.closest('blockquote')?.hidden).toBe(false);
    expect(
      screen
        .getByRole('button', { name: 'Masquer l’historique cité' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('offers no fold when there is no quoted history', () => {
    renderMessage({ ...base, quotedText: '' });
    expect(screen.queryByRole('button', { name: /historique cité/ })).toBeNull();
  });

  it('hides the quotes of an HTML message inside its sandboxed frame while folded', async () => {
    renderMessage({
      ...base,
      quotedText: '',
      html: '<p>Mon dossier est-il complet ?</p><blockquote>Pensez à joindre.</blockquote>',
    });
    const frame = screen.getByTitle('Contenu mis en forme du courriel « Bourse »');
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    expect(frame.getAttribute('srcdoc')).toContain('blockquote,.gmail_quote');
    await userEvent.click(screen.getByRole('button', { name: 'Afficher l’historique cité' }));
    expect(frame.getAttribute('srcdoc')).not.toContain('blockquote,.gmail_quote');
    expect(screen.getByRole('button', { name: 'Afficher les images distantes' })).toBeTruthy();
  });

  it('shows how far one of our replies got, and why it failed', () => {
    renderMessage({
      ...base,
      direction: 'outbound',
      state: 'failed',
      reason: '550 boîte inconnue',
      attempts: 5,
      quotedText: '',
    });
    expect(screen.getByText('Échec de l’envoi')).toBeTruthy();
    expect(screen.getByText('Échec de l’envoi : 550 boîte inconnue (5 tentatives)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher les images distantes' })).toBeNull();
  });
});
