import type { Locator, Page, Response } from 'playwright-core';

/** The managers' dashboards (/statistiques). */
export class ReportingPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly month: Locator;
  readonly antenna: Locator;
  readonly apply: Locator;
  readonly breakdown: Locator;
  readonly breakdownChart: Locator;
  readonly exportStatus: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Statistiques' });
    this.filters = page.getByRole('form', { name: 'Filtres des statistiques' });
    this.month = this.filters.getByLabel('Mois');
    this.antenna = this.filters.getByLabel('Antenne');
    this.apply = this.filters.getByRole('button', { name: 'Appliquer' });
    this.breakdown = page.getByRole('table', { name: 'Contacts par antenne' });
    this.breakdownChart = page.getByRole('img', { name: /^Graphique : Contacts par antenne/ });
    this.exportStatus = page.locator('#exports-title ~ p[role="status"]');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** Applies the form, resolving with the contacts report it asked for. */
  async applyFilters(): Promise<Response> {
    const answer = this.page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/reporting/contacts' &&
        new URL(response.url()).searchParams.get('groupBy') === 'antenna',
    );
    await this.apply.click();
    return answer;
  }

  /** A table's body rows as { row header: the cells after it }. */
  async rows(table: Locator): Promise<Record<string, string[]>> {
    const rows = await table.locator('tbody tr').all();
    const entries = await Promise.all(
      rows.map(async (row) => {
        const name = await row.locator('th').innerText();
        const cells = await row.locator('td').allInnerTexts();
        return [name, cells.map((cell) => cell.replace(/[\u202f\u00a0]/g, ' '))] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
}
