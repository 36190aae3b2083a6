import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { EmailHtmlFrame } from './email-html-frame';
import { EmailRecipientAlert } from './email-recipient-alert';

describe('EmailRecipientAlert', () => {
  it('warns that the address bounces, with the report’s date and reason', () => {
    render(
      <EmailRecipientAlert
        recipient={{
          address: 'lea.vasseur@usager.test',
          bouncing: true,
          bouncedAt: '2026-11-30T09:00:00.000Z',
          bounceReason: 'Avis de non-remise reçu pour « Bourse »',
        }}
      />,
    );
    const alert = screen.getByText(/Adresse en échec/);
    expect(alert.textContent).toContain('lea.vasseur@usager.test');
    expect(alert.textContent).toContain('Avis de non-remise reçu pour « Bourse »');
    expect(alert.textContent).toMatch(/avis de non-remise du \d{2}\/\d{2}\/2026/);
  });

  it('says nothing while mail to the address goes through', () => {
    const { container } = render(
      <EmailRecipientAlert
        recipient={{
          address: 'lea.vasseur@usager.test',
          bouncing: false,
          bouncedAt: null,
          bounceReason: null,
        }}
      />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('EmailHtmlFrame', () => {
  it('loads the API’s document, under its own policy, once remote images are asked for', () => {
    render(
      <EmailHtmlFrame
        html="<p>Bonjour</p>"
        title="Courriel"
        quotedFolded
        documentUrl="/api/requests/r/emails/m/html?remoteImages=true&ticket=t"
      />,
    );
    const frame = screen.getByTitle('Courriel');
    expect(frame.getAttribute('src')).toBe(
      '/api/requests/r/emails/m/html?remoteImages=true&ticket=t&fold=true',
    );
    expect(frame.getAttribute('srcdoc')).toBeNull();
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
  });
});
