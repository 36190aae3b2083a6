import type { Locator, Page } from 'playwright-core';

/** The antenna's team (/equipe). */
export class TeamPage {
  readonly heading: Locator;
  readonly antenna: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Équipe' });
    this.antenna = page.getByLabel('Antenne');
    this.table = page.getByRole('table', { name: /^Équipe/ });
  }

  phoneSkill(displayName: string): Locator {
    return this.table.getByRole('checkbox', { name: new RegExp(displayName) });
  }
}
