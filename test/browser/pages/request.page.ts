import type { Locator, Page } from 'playwright-core';

/** One request (/demandes/:id): transitions, notes, attachments with their preview. */
export class RequestPage {
  readonly notes: Locator;
  readonly attachments: Locator;
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.notes = page.locator('section[aria-labelledby="notes"]');
    this.attachments = page.locator('section[aria-labelledby="pieces-jointes"]');
    this.preview = page.getByRole('dialog', { name: 'Aperçu de la pièce jointe' });
  }

  async addNote(text: string): Promise<void> {
    await this.page.getByLabel('Nouvelle note').fill(text);
    await this.page.getByRole('button', { name: 'Ajouter la note' }).click();
    await this.notes.getByText(text).waitFor();
  }

  async transition(button: string): Promise<void> {
    const answered = this.page.waitForResponse((response) =>
      response.url().endsWith('/transitions'),
    );
    await this.page.getByRole('button', { name: button }).click();
    await answered;
  }

  async upload(name: string, content: Buffer, mimeType: string): Promise<void> {
    await this.page
      .getByLabel('Ajouter une pièce jointe')
      .setInputFiles({ name, mimeType, buffer: content });
    await this.page.getByRole('button', { name: 'Téléverser' }).click();
    await this.attachments.getByRole('cell', { name, exact: true }).waitFor();
  }

  async openPreview(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Aperçu de ${name}` }).click();
    await this.preview.waitFor();
  }

  async closePreview(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Fermer' }).click();
    await this.preview.waitFor({ state: 'hidden' });
  }
}
