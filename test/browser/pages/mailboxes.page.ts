import type { Locator, Page, Response } from 'playwright-core';

/** The mailboxes (/boites-mail): the list and the one form that adds or edits a box. */
export class MailboxesPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Boîtes mail relevées' });
    this.form = page.getByRole('form');
  }

  row(address: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: address });
  }

  /** By field name: labels carry their hints, and several start alike (Identifiant, Identifiant IMAP). */
  field(name: string): Locator {
    return this.form.locator(`[name="${name}"]`);
  }

  /** Types into text fields, chooses in lists (the scheme, by its slug). */
  async fill(fields: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(fields)) {
      const field = this.field(name);
      if ((await field.evaluate((element: { tagName: string }) => element.tagName)) === 'SELECT')
        await field.selectOption(value);
      else await field.fill(value);
    }
  }

  /** Submits the form, resolving with the API's answer. */
  async submit(button: string): Promise<Response> {
    const answer = this.page.waitForResponse((response) =>
      new URL(response.url()).pathname.startsWith('/api/mailboxes'),
    );
    await this.form.getByRole('button', { name: button }).click();
    return answer;
  }
}
