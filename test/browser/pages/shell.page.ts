import type { Locator, Page } from 'playwright-core';

/** The signed-in frame: DSFR header, main navigation, the current page's h1. */
export class ShellPage {
  readonly navigation: Locator;
  readonly logout: Locator;

  constructor(private readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Menu principal' });
    this.logout = page.getByRole('button', { name: 'Se déconnecter' });
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  navigationLabels(): Promise<string[]> {
    return this.navigation.getByRole('link').allInnerTexts();
  }

  async open(section: string): Promise<void> {
    await this.navigation.getByRole('link', { name: section }).click();
  }
}
