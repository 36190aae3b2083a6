import type { Locator, Page, Response } from 'playwright-core';

/** The staff accounts (/utilisateurs): the list and the creation form. */
export class UsersPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly created: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Utilisateurs' });
    this.table = page.getByRole('table', { name: 'Comptes des agents' });
    this.created = page.getByText(/^Compte créé/);
  }

  /** Fills the form and submits it, resolving with the API's answer. */
  async create(account: {
    displayName: string;
    email: string;
    role: string;
    antenna: string;
    password: string;
  }): Promise<Response> {
    const form = this.page.getByRole('form', { name: 'Créer un compte' });
    await form.getByLabel('Nom et prénom').fill(account.displayName);
    await form.getByLabel('Courriel').fill(account.email);
    await form.getByLabel('Rôle').selectOption({ label: account.role });
    await form.getByLabel('Antenne').selectOption({ label: account.antenna });
    await form.getByLabel('Mot de passe provisoire').fill(account.password);
    const answer = this.page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/users' && response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    return answer;
  }
}

/** One account (/utilisateurs/:id): name, role and antenna, and its access. */
export class UserAccountPage {
  readonly form: Locator;
  readonly saved: Locator;
  readonly closeDialog: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Nom, rôle et antenne' });
    this.saved = page.getByText(/^Compte mis à jour/);
    this.closeDialog = page.getByRole('dialog', { name: 'Fermer ce compte ?' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Modifier le compte de ${name}` });
  }

  private answer(method: string, suffix = ''): Promise<Response> {
    return this.page.waitForResponse(
      (response) =>
        /^\/api\/users\/[^/]+$/.test(new URL(response.url()).pathname.replace(/\/active$/, '')) &&
        new URL(response.url()).pathname.endsWith(suffix) &&
        response.request().method() === method,
    );
  }

  async moveTo(antenna: string): Promise<Response> {
    await this.form.getByLabel('Antenne').selectOption({ label: antenna });
    const answer = this.answer('PATCH');
    await this.form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    return answer;
  }

  /** Closes the account through its confirmation dialog. */
  async close(): Promise<Response> {
    await this.page.getByRole('button', { name: 'Fermer le compte' }).click();
    await this.closeDialog.waitFor();
    const answer = this.answer('PUT', '/active');
    await this.closeDialog.getByRole('button', { name: 'Fermer le compte' }).click();
    const response = await answer;
    await this.closeDialog.waitFor({ state: 'hidden' });
    return response;
  }

  async reopen(): Promise<Response> {
    const answer = this.answer('PUT', '/active');
    await this.page.getByRole('button', { name: 'Rouvrir le compte' }).click();
    return answer;
  }
}
