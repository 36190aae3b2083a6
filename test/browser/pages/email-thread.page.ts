import type { Locator, Page } from 'playwright-core';

/** The email thread of a request page and its reply composer. */
export class EmailThreadPage {
  readonly thread: Locator;

  constructor(private readonly page: Page) {
    this.thread = page.locator('section[aria-labelledby="courriels"]');
  }

  message(subject: string): Locator {
    return this.thread.locator('article').filter({ hasText: subject });
  }

  async reply(body: string): Promise<void> {
    await this.page.getByLabel('Réponse', { exact: false }).first().fill(body);
    const answered = this.page.waitForResponse((response) =>
      response.url().endsWith('/email-replies'),
    );
    await this.page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await answered;
  }
}
