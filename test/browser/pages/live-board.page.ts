import type { Locator, Page } from 'playwright-core';

/** The live board (/tableau-de-bord). */
export class LiveBoardPage {
  readonly heading: Locator;
  readonly antennas: Locator;
  readonly waitingCalls: Locator;
  readonly filter: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Tableau de bord en direct' });
    this.antennas = page.getByRole('table', { name: /^Situation/ });
    this.waitingCalls = page.getByRole('table', { name: /^Appels en attente/ });
    this.filter = page.getByLabel('Antenne affichée');
    this.summary = page.locator('main [role="status"][aria-live="polite"]');
  }

  connection(state: string): Locator {
    return this.page.getByText(state, { exact: true });
  }

  /** The body rows' antenna names, in order. */
  rowNames(): Promise<string[]> {
    return this.antennas.locator('tbody th[scope="row"]').allInnerTexts();
  }

  /** One figure of one antenna, by its column header. */
  async cell(antenna: string, column: string): Promise<Locator> {
    const headers = await this.antennas.locator('thead th').allInnerTexts();
    const index = headers.indexOf(column);
    if (index < 1) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    const row = this.antennas
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: antenna, exact: true }) });
    return row.locator('td').nth(index - 1);
  }
}
