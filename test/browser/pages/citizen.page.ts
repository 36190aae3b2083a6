import type { Download, Locator, Page } from 'playwright-core';

/** A citizen's file (/usagers/:id): identity form, RGPD actions. */
export class CitizenPage {
  readonly anonymiseDialog: Locator;
  readonly mergeDialog: Locator;

  constructor(private readonly page: Page) {
    this.anonymiseDialog = page.getByRole('dialog', { name: 'Anonymiser l’usager' });
    this.mergeDialog = page.getByRole('dialog', { name: 'Fusionner les fiches' });
  }

  /** Merges the named duplicate into this citizen, through the confirmation dialog. */
  async merge(duplicateName: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Fusionner ${duplicateName} dans cette fiche` })
      .click();
    await this.mergeDialog.waitFor();
    const done = this.page.waitForResponse((response) => response.url().endsWith('/merge'));
    await this.mergeDialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await done;
  }

  async revertMerge(): Promise<void> {
    const done = this.page.waitForResponse((response) => response.url().endsWith('/revert'));
    await this.page.getByRole('button', { name: 'Annuler cette fusion' }).click();
    await done;
  }

  async editFirstName(firstName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Modifier' }).click();
    await this.page.getByLabel('Prénom').fill(firstName);
    const saved = this.page.waitForResponse((response) => response.request().method() === 'PATCH');
    await this.page.getByRole('button', { name: 'Enregistrer' }).click();
    await saved;
  }

  async exportData(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Exporter les données (JSON)' }).click();
    return download;
  }

  async anonymise(): Promise<void> {
    await this.page.getByRole('button', { name: 'Anonymiser l’usager' }).click();
    await this.anonymiseDialog.waitFor();
    const done = this.page.waitForResponse((response) => response.url().endsWith('/anonymise'));
    await this.anonymiseDialog.getByRole('button', { name: 'Anonymiser définitivement' }).click();
    await done;
  }
}
