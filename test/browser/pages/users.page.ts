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
