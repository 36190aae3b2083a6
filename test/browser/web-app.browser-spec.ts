import { Role } from '@gru/auth';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/test-api';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

/** The built web application (dist/web, made by the jest global setup) served by the real API. */
describe('the web application in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    // axe is injected as a script tag: the page's Content-Security-Policy must not block it.
    context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true, locale: 'fr-FR' });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('sends a visitor to the French login page, accessible, and refuses a wrong password in French', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = new LoginPage(page);

    await page.goto('/demandes');
    await login.heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    expect(await page.title()).toBe('Connexion — GRU — Relation usagers');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login');

    const answer = await login.signIn(agent.email, 'not-the-password');
    expect(answer.status()).toBe(401);
    await login.error.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login-error');
  });

  it('brings a signed-out visitor back to the exact deep link (path, query, hash) once signed in', async () => {
    const manager = await api.createStaff({ role: Role.Manager, antennaId: null });
    const deepLink =
      '/statistiques?antenne=amiens&du=2026-10-01&au=2026-10-31&vue=demandes#filtres';

    await page.goto(deepLink);
    const login = new LoginPage(page);
    await login.heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    expect((await login.signIn(manager.email, manager.password)).status()).toBe(200);

    await new ShellPage(page).heading('Statistiques').waitFor();
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.search}${landed.hash}`).toBe(deepLink);
  });

  it('ignores a return target that leaves the application and lands on the home section', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    await page.goto('/connexion');
    const login = new LoginPage(page);
    await login.heading.waitFor();
    // The state RequireAuth would leave, forged to point at another origin.
    await page.evaluate(
      "history.replaceState({ ...history.state, usr: { from: '//evil.example/bureau' } }, '')",
    );
    // The router reads the history entry's state when the page loads.
    await page.reload();
    await login.heading.waitFor();
    expect((await login.signIn(agent.email, agent.password)).status()).toBe(200);

    await new ShellPage(page).heading('Bureau').waitFor();
    expect(new URL(page.url()).origin).toBe(baseUrl);
    expect(new URL(page.url()).pathname).toBe('/bureau');
  });

  it("signs an agent in to the shell with the agent's sections, keeps the session on reload, and signs out", async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = new LoginPage(page);
    const shell = new ShellPage(page);

    await page.goto('/');
    expect((await login.signIn(agent.email, agent.password)).status()).toBe(200);

    await shell.heading('Bureau').waitFor();
    expect(new URL(page.url()).pathname).toBe('/bureau');
    expect(await page.title()).toBe('Bureau — GRU — Relation usagers');
    expect(await shell.navigationLabels()).toEqual([
      'Bureau',
      'Demandes',
      'Usagers',
      'Rappels',
      'Connaissances',
      'Passation hebdomadaire',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shell-bureau');

    await shell.open('Demandes');
    await shell.heading('Demandes').waitFor();
    expect(await page.title()).toBe('Demandes — GRU — Relation usagers');
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');

    // A reload loses the in-memory access token: the client refreshes once and retries.
    const refreshed = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/auth/refresh',
    );
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await shell.heading('Demandes').waitFor();

    await page.goto('/utilisateurs');
    await shell.heading('Accès refusé').waitFor();

    const loggedOut = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/auth/logout',
    );
    await shell.logout.click();
    expect((await loggedOut).status()).toBe(204);
    await login.heading.waitFor();
    await screenshot(page, 'logged-out');
  });
});
