import { Role } from '@gru/auth';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/test-api';
import { CitizenPage } from './pages/citizen.page';
import { InboxPage } from './pages/inbox.page';
import { LoginPage } from './pages/login.page';
import { RequestPage } from './pages/request.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Requests and citizens screens, against the real API and the built web app. */
describe('requests and citizens in Chromium', () => {
  jest.setTimeout(90_000);
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let agent: { email: string; password: string };
  let admin: { email: string; password: string };
  let citizenId: string;
  let agentToken: string;
  const references: Record<string, string> = {};

  const seed = (token: string, path: string, body: object) =>
    api.http().post(path).set('Authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    admin = await api.createStaff({ role: Role.Admin });
    const token = (
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: agent.email, password: agent.password })
        .expect(200)
    ).body.accessToken as string;
    agentToken = token;
    const citizen = await seed(token, '/api/citizens', {
      firstName: 'Margaux',
      lastName: 'Delattre',
      phone: '06 45 67 89 10',
      email: 'margaux.delattre@example.fr',
      inseeCode: '80021',
    }).expect(201);
    citizenId = citizen.body.id as string;
    for (const channel of ['email', 'phone']) {
      const request = await seed(token, '/api/requests', {
        citizenId,
        channel,
        subject: `Aide au permis (${channel})`,
      }).expect(201);
      references[channel] = request.body.reference as string;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      baseURL: baseUrl,
      bypassCSP: true,
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    page = await context.newPage();
    // A missing element fails with its locator well before the test's own timeout.
    page.setDefaultTimeout(8_000);
  });

  afterEach(async () => {
    await context.close();
  });

  const signIn = async (account: { email: string; password: string }) => {
    await page.goto('/connexion');
    expect((await new LoginPage(page).signIn(account.email, account.password)).status()).toBe(200);
  };

  const accessible = async (name: string) => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  };

  it('lets an agent work a request from the inbox, then the citizen, then the header search', async () => {
    const shell = new ShellPage(page);
    const inbox = new InboxPage(page);
    const request = new RequestPage(page);
    const citizen = new CitizenPage(page);
    await signIn(agent);
    await shell.heading('Bureau').waitFor();

    await shell.open('Demandes');
    await shell.heading('Demandes').waitFor();
    await inbox.openTab('Non attribuées');
    await page.waitForURL(/vue=unassigned/);
    await inbox.table.getByRole('link', { name: references.phone }).waitFor();
    expect(await inbox.references()).toEqual(
      expect.arrayContaining([references.email, references.phone]),
    );
    await inbox.filterByChannel('Courriel');
    await page.waitForURL(/canal=email/);
    await inbox.table.getByRole('link', { name: references.phone }).waitFor({ state: 'detached' });
    expect(await inbox.references()).toEqual([references.email]);
    await accessible('records-inbox');

    // The filtered view is an address: opened afresh, it shows the same list.
    await page.reload();
    await inbox.table.getByRole('link', { name: references.email }).waitFor();
    expect(
      await page.getByRole('tab', { name: 'Non attribuées' }).getAttribute('aria-selected'),
    ).toBe('true');

    await inbox.openRequest(references.email);
    await shell.heading(`Demande ${references.email}`).waitFor();
    await request.addNote('Usager rappelé : pièces manquantes.');
    await request.transition('Qualifier');
    await page.getByText('Qualifiée', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Passer en cours' }).waitFor();
    await request.upload('releve.pdf', PDF, 'application/pdf');
    await accessible('records-request');
    await request.openPreview('releve.pdf');
    const frame = request.preview.locator('iframe');
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await accessible('records-attachment-preview');
    await request.closePreview();

    await page.getByRole('link', { name: 'Ouvrir la fiche de l’usager' }).click();
    await shell.heading('Margaux DELATTRE').waitFor();
    await page.getByRole('table', { name: 'Demandes de l’usager' }).waitFor();
    await accessible('records-citizen');
    await citizen.editFirstName('Margot');
    await shell.heading('Margot DELATTRE').waitFor();

    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).fill('Delattre');
    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).press('Enter');
    await shell.heading('Résultats pour « Delattre »').waitFor();
    await page.getByRole('link', { name: 'Margot DELATTRE' }).waitFor();
    await accessible('records-search');

    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).fill(references.phone);
    await page.getByRole('searchbox', { name: 'Rechercher', exact: true }).press('Enter');
    await shell.heading(`Demande ${references.phone}`).waitFor();
  });

  it('lets an admin merge a duplicate and undo it, export a citizen and anonymise them', async () => {
    const shell = new ShellPage(page);
    const citizen = new CitizenPage(page);
    // The same phone: a strong match, whatever the first test renamed.
    await seed(agentToken, '/api/citizens', {
      firstName: 'Marguerite',
      lastName: 'Delattre',
      phone: '06 45 67 89 10',
      email: 'm.delattre@example.fr',
      inseeCode: '80021',
    }).expect(201);
    await signIn(admin);
    await shell.navigation.waitFor();
    await page.goto(`/usagers/${citizenId}`);
    await shell.heading(/DELATTRE/).waitFor();
    await page.getByRole('button', { name: /^Fusionner Marguerite DELATTRE/ }).waitFor();
    await accessible('records-citizen-admin');

    await citizen.merge('Marguerite DELATTRE');
    await page.getByText('m.delattre@example.fr').waitFor();
    await accessible('records-citizen-merged');
    await citizen.revertMerge();
    await page.getByText('m.delattre@example.fr').waitFor({ state: 'detached' });
    await page.getByText(/annulée le/).waitFor();

    const download = await citizen.exportData();
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      citizen: { id: string };
    };
    expect(exported.citizen.id).toBe(citizenId);

    await citizen.anonymise();
    await shell.heading('Fiche anonymisée').waitFor();
    await accessible('records-citizen-anonymised');
  });

  it('finds citizens from the citizens section', async () => {
    await signIn(agent);
    await new ShellPage(page).heading('Bureau').waitFor();
    await page.goto('/usagers?q=delattre');
    await new ShellPage(page).heading('Usagers').waitFor();
    await page
      .getByRole('table', { name: 'Usagers trouvés' })
      .or(page.getByText('Aucun usager trouvé.'))
      .waitFor();
    await accessible('records-citizens-search');
  });
});
