import { Role, StaffDirectory } from '@gru/auth';
import { WeeklyHandover } from '@gru/knowledge';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/test-api';
import { DeskPage } from './pages/desk.page';
import { HandoverPage, KnowledgeEditorPage, KnowledgePanelPage } from './pages/knowledge.page';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

interface DemoContent {
  schemes: ({ slug: string } & Record<string, unknown>)[];
  articles: ({ slug: string } & Record<string, unknown>)[];
}

const demo = JSON.parse(
  readFileSync(join(__dirname, '../../tools/kb-demo/content.json'), 'utf8'),
) as DemoContent;
const SCHEME = 'bourse-etudiante-regionale';
const PHRASING = `${SCHEME}-elements-de-langage`;
const PHRASING_TITLE = 'Éléments de langage : Bourse étudiante';
const SCHEME_NAME = 'Bourse régionale pour les étudiants';

/**
 * The knowledge base in Chromium against the real API: an agent finds and copies approved phrasing
 * from the desk; a content editor changes it, a reviewer publishes it, the diff and the weekly
 * hand-over show the change.
 */
describe('the knowledge base in Chromium', () => {
  jest.setTimeout(120_000);
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  type Account = { id: string; email: string; password: string };
  let agent: Account;
  let editor: Account;
  let reviewer: Account;

  const tokenOf = async (account: Account) =>
    (
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: account.email, password: account.password })
        .expect(200)
    ).body.accessToken as string;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_TELEPHONY: 'simulated' });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    agent = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      displayName: 'Léa Martin',
    });
    editor = await api.createStaff({ role: Role.Instructor, displayName: 'Inès Carpentier' });
    reviewer = await api.createStaff({ role: Role.Manager, displayName: 'Paul Lefebvre' });
    const directory = api.app.get(StaffDirectory);
    await directory.setContentTeam(editor.id, true);
    await directory.setContentTeam(reviewer.id, true);

    // The student grant and its phrasing from the demo content, written by the editor and published
    // by the reviewer through the API (four eyes).
    const asEditor = { Authorization: `Bearer ${await tokenOf(editor)}` };
    const asReviewer = { Authorization: `Bearer ${await tokenOf(reviewer)}` };
    const scheme = demo.schemes.find((candidate) => candidate.slug === SCHEME);
    const phrasing = demo.articles.find((candidate) => candidate.slug === PHRASING);
    for (const [family, body] of [
      ['schemes', scheme],
      ['articles', phrasing],
    ] as const) {
      const { slug } = body as { slug: string };
      await api.http().post(`/api/knowledge/${family}`).set(asEditor).send(body).expect(201);
      await api
        .http()
        .post(`/api/knowledge/${family}/${slug}/revisions/1/submit`)
        .set(asEditor)
        .send({})
        .expect(200);
      await api
        .http()
        .post(`/api/knowledge/${family}/${slug}/revisions/1/publish`)
        .set(asReviewer)
        .send({})
        .expect(200);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true, locale: 'fr-FR' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await context.close();
  });

  const signIn = async (account: Account) => {
    await page.goto('/connexion');
    expect((await new LoginPage(page).signIn(account.email, account.password)).status()).toBe(200);
  };

  const accessible = async (name: string) => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  };

  it('lets an agent on the desk find the student grant misspelt and copy its phrasing in one click', async () => {
    await signIn(agent);
    await new DeskPage(page).heading.waitFor();
    const panel = new KnowledgePanelPage(page);
    await panel.search.fill('bouse etudiant');
    await panel.result(PHRASING_TITLE).waitFor();
    await panel.result('Bourse régionale pour les étudiants').waitFor();
    await panel.open(PHRASING_TITLE);
    const recorded = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/knowledge/usage' &&
        response.request().method() === 'POST',
    );
    await panel.copyButton('Votre dossier est bien enregistré').click();
    expect((await recorded).ok()).toBe(true);
    await panel.panel.getByText('Texte copié dans le presse-papiers.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(
      /^Votre dossier est bien enregistré, mais il manque le certificat de scolarité/,
    );
    await accessible('knowledge-desk-panel');

    // The content team sees the copy among the most used articles.
    const usage = await api
      .http()
      .get('/api/knowledge/usage')
      .set({ Authorization: `Bearer ${await tokenOf(editor)}` })
      .expect(200);
    expect(usage.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: PHRASING, copied: 1 })]),
    );
  });

  it('takes a change from the editor through review to the diff and the weekly hand-over', async () => {
    const shell = new ShellPage(page);
    const editorPage = new KnowledgeEditorPage(page);

    // The editor changes the amount in the phrasing and sends the new revision to review.
    await signIn(editor);
    await shell.heading('Demandes').waitFor();
    await page.goto(`/connaissances/articles/${PHRASING}`);
    await shell.heading(PHRASING_TITLE).waitFor();
    // The article names its scheme (not its slug) and links to the scheme's page.
    const schemeLink = page.getByRole('main').getByRole('link', { name: SCHEME_NAME, exact: true });
    await schemeLink.waitFor();
    expect(await schemeLink.getAttribute('href')).toBe(`/connaissances/dispositifs/${SCHEME}`);
    expect(await page.getByRole('main').getByText(SCHEME, { exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Modifier cet article' }).click();
    await shell.heading(`Modifier « ${PHRASING_TITLE} »`).waitFor();
    const body = await editorPage.body.inputValue();
    await editorPage.body.fill(body.replace('de 300 à 1 200 € par an', 'de 300 à 1 400 € par an'));
    await editorPage.changeNote.fill('Plafond 2027 relevé à 1 400 €');
    await editorPage.save.click();
    await page.getByText('Révision 2 enregistrée en brouillon.').waitFor();
    await editorPage.workflowHeading(2, 'Brouillon').waitFor();
    // The author cannot publish their own revision.
    expect(await editorPage.action('Publier').count()).toBe(0);
    await editorPage.action('Envoyer en relecture').click();
    await editorPage.workflowHeading(2, 'En relecture').waitFor();
    await accessible('knowledge-editor');
    await shell.logout.click();

    // A reviewer publishes it; the diff shows the amount that changed.
    await signIn(reviewer);
    await shell.heading(/./).first().waitFor();
    await page.goto(`/connaissances/edition/article/${PHRASING}`);
    await editorPage.workflowHeading(2, 'En relecture').waitFor();
    await editorPage.action('Publier').click();
    await editorPage.workflowHeading(2, 'Publiée').waitFor();
    await editorPage.diff.waitFor();
    // Word by word: "1 200" became "1 400" (the "1" is unchanged), in the body and nowhere else.
    expect(await editorPage.diff.locator('dt').allTextContents()).toEqual(['Contenu']);
    expect(await editorPage.diff.locator('del').allTextContents()).toEqual(['[supprimé : 200]']);
    expect(await editorPage.diff.locator('ins').allTextContents()).toEqual(['[ajouté : 400]']);
    // Revisions, the diff and comments name their authors (the reviewer sees the editor's name).
    expect(await editorPage.authorColumn()).toEqual(['Inès Carpentier', 'Inès Carpentier']);
    expect(await editorPage.diff.getByRole('listitem').allTextContents()).toEqual([
      'Révision 1 : Inès Carpentier',
      'Révision 2 : Inès Carpentier',
    ]);
    await editorPage.commentBox.fill('Montant vérifié avec le service.');
    await editorPage.comment.click();
    await editorPage.comments
      .getByRole('listitem')
      .filter({ hasText: 'Montant vérifié avec le service.' })
      .getByText(/^Paul Lefebvre \(vous\), /)
      .waitFor();
    await accessible('knowledge-diff');

    // Agents read the new wording, and the weekly hand-over lists the change.
    await page.goto(`/connaissances/articles/${PHRASING}`);
    await page.getByText(/de 300 à 1 400 € par an/).waitFor();
    await api.app.get(WeeklyHandover).prepare();
    await shell.open('Passation hebdomadaire');
    const handover = new HandoverPage(page);
    await handover.item(PHRASING_TITLE).waitFor();
    await accessible('knowledge-handover');
    await handover.markRead.click();
    await page.getByText(/^Lue le /).waitFor();
    // The reviewer is a manager: the readers' table names who has read it.
    const readers = page.getByRole('table', { name: 'Lecture de la passation par les agents' });
    await readers.getByRole('row', { name: /Paul Lefebvre/ }).waitFor();
  });
});
