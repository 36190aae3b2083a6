import type { Locator, Page } from 'playwright-core';

/** The antenna's callbacks (/rappels). */
export class CallbacksPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Rappels' });
    this.table = page.getByRole('table', { name: 'Rappels à effectuer' });
  }

  callButton(reference: string): Locator {
    return this.page.getByRole('button', { name: `Appeler (${reference})` });
  }
}
