import type { Locator, Page } from 'playwright-core';

/** Quarantined mail (/quarantaine): the list, the raw view, release and discard modals. */
export class QuarantinePage {
  readonly table: Locator;
  readonly rawModal: Locator;
  readonly releaseModal: Locator;
  readonly discardModal: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: /Courriels en quarantaine/ });
    this.rawModal = page.getByRole('dialog', { name: 'Message brut' });
    this.releaseModal = page.getByRole('dialog', { name: 'Relâcher ce courriel ?' });
    this.discardModal = page.getByRole('dialog', { name: 'Écarter ce courriel ?' });
  }

  row(subject: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: subject });
  }

  /** Opens a row's modal, resolving once the DSFR fade-in is over (axe measures contrast). */
  async open(action: 'Message brut' | 'Relâcher' | 'Écarter', rowText: string): Promise<void> {
    await this.row(rowText).getByRole('button', { name: action }).click();
    const id = {
      'Message brut': 'message-brut',
      Relâcher: 'relacher-courriel',
      Écarter: 'ecarter-courriel',
    }[action];
    await this.page.waitForFunction(
      `getComputedStyle(document.getElementById('${id}')).opacity === '1'`,
    );
    await this.settled();
  }

  /** Once every DSFR transition (modal fades, field states) has finished. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      "document.getAnimations().every((animation) => animation.playState !== 'running')",
    );
  }

  async confirm(modal: Locator, button: string): Promise<void> {
    const answered = this.page.waitForResponse((response) =>
      /\/api\/mail-quarantine\/[^/]+\/(release|discard)$/.test(new URL(response.url()).pathname),
    );
    await modal.getByRole('button', { name: button, exact: true }).click();
    await answered;
  }
}
