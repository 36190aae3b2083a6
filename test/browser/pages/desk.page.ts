import type { Locator, Page, Response } from 'playwright-core';

/** The agent's desk (/bureau): presence, the call (screen pop), the coding form, the simulator. */
export class DeskPage {
  readonly heading: Locator;
  readonly liveRegion: Locator;
  readonly available: Locator;
  readonly incomingCall: Locator;
  readonly answer: Locator;
  readonly hangUp: Locator;
  readonly coding: Locator;
  readonly reason: Locator;
  readonly subject: Locator;
  readonly saveCoding: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Bureau' });
    this.liveRegion = page.locator('[aria-live="assertive"]');
    this.available = page.getByRole('radio', { name: 'Disponible' });
    this.incomingCall = page.getByRole('region', { name: 'Appel entrant' });
    this.answer = page.getByRole('button', { name: 'Répondre' });
    this.hangUp = page.getByRole('button', { name: 'Raccrocher' });
    this.coding = page.getByRole('region', { name: 'Qualification de l’appel' });
    this.reason = page.getByRole('combobox', { name: 'Motif' });
    this.subject = page.getByRole('textbox', { name: /Objet de la demande/ });
    this.saveCoding = page.getByRole('button', { name: 'Enregistrer et redevenir disponible' });
  }

  /** A radio's label takes the click (the DSFR draws it over the radio). */
  async choose(label: string): Promise<void> {
    await this.page
      .locator('label')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .click();
  }

  status(label: string): Locator {
    return this.page.getByText(`Statut actuel : ${label}`);
  }

  outcome(label: string): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  /** Resolves with the API's answer to the first call of `method path`. */
  response(method: string, path: string | RegExp): Promise<Response> {
    return this.page.waitForResponse(
      (response) =>
        response.request().method() === method &&
        (typeof path === 'string'
          ? new URL(response.url()).pathname === path
          : path.test(new URL(response.url()).pathname)),
    );
  }

  /** The text of the focused element, after pressing Tab. */
  async tab(): Promise<string> {
    await this.page.keyboard.press('Tab');
    return this.focusedText();
  }

  focusedText(): Promise<string> {
    return this.page.evaluate<string>(
      "document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('aria-label') || (document.activeElement?.outerHTML ?? '').slice(0, 200)",
    );
  }

  /** The `name` and `value` of the focused form control. */
  focusedControl(): Promise<{ name: string | null; value: string | null }> {
    return this.page.evaluate<{ name: string | null; value: string | null }>(
      "({ name: document.activeElement?.getAttribute('name') ?? null, value: document.activeElement?.value ?? null })",
    );
  }
}
