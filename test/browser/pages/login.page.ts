import type { Locator, Page, Response } from 'playwright-core';

/** The sign-in screen (/connexion). */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Connexion' });
    this.email = page.getByLabel('Adresse électronique');
    this.password = page.getByLabel('Mot de passe');
    this.submit = page.getByRole('button', { name: 'Se connecter' });
    this.error = page.getByRole('alert');
  }

  /** Fills the form and submits it, resolving with the API's answer to the login call. */
  async signIn(email: string, password: string): Promise<Response> {
    await this.email.fill(email);
    await this.password.fill(password);
    const answer = this.page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/auth/login',
    );
    await this.submit.click();
    return answer;
  }
}
