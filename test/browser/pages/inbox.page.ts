import type { Locator, Page } from 'playwright-core';

/** The requests inbox (/demandes): tabs, filters, the table and its pages. */
export class InboxPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.locator('table');
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Sets the channel filter and applies it, resolving once the list answered. */
  async filterByChannel(channel: string): Promise<void> {
    await this.page.getByLabel('Canal').selectOption({ label: channel });
    const answered = this.page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/requests' && response.url().includes('channel='),
    );
    await this.page.getByRole('button', { name: 'Filtrer' }).click();
    await answered;
  }

  references(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child').allInnerTexts();
  }

  async openRequest(reference: string): Promise<void> {
    await this.table.getByRole('link', { name: reference }).click();
  }
}
