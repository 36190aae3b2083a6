import type { INestApplicationContext } from '@nestjs/common';
import { Role, StaffDirectory } from '@gru/auth';
import { WeeklyHandover } from '@gru/knowledge';
import { ContactLog } from '@gru/requests';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { startRoutingWorker } from '../support/routing-worker';
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
  let worker: INestApplicationContext;
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
    api = await startTestApi({ VOICE_TELEPHONY: 'simulated', VOICE_OPENING: 'always' });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    worker = await startRoutingWorker(api);
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
    await worker?.close();
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

  it('lets an agent on a call find the student grant misspelt, copy its phrasing in one click and code the call with it', async () => {
    const manager = {
      Authorization: `Bearer ${await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' })}`,
    };
    await api.grantPhoneSkill(agent.id);
    await signIn(agent);
    const desk = new DeskPage(page);
    await desk.heading.waitFor();
    await desk.choose('Disponible');
    await desk.status('Disponible').waitFor();
    const call = (
      await api
        .http()
        .post('/api/voice/simulator/calls')
        .set(manager)
        .send({
          from: `+3361${String(Date.now() % 1_000_000).padStart(6, '0')}7`,
          postcode: '80000',
        })
        .expect(201)
    ).body as { contactId: string };
    await desk.incomingCall.waitFor({ timeout: 15_000 });
    await desk.answer.click();
    await desk.hangUp.waitFor();

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

    // At the hang-up, the coding offers the phrasing used, ticked, and names its scheme.
    await desk.hangUp.click();
    await desk.coding.waitFor();
    const used = desk.coding.getByRole('checkbox', { name: PHRASING_TITLE });
    expect(await used.isChecked()).toBe(true);
    const scheme = desk.coding.getByRole('combobox', { name: /Dispositif/ });
    expect(await scheme.inputValue()).toBe(SCHEME);
    expect(await scheme.locator('option:checked').textContent()).toBe(SCHEME_NAME);
    await desk.reason.selectOption('information');
    await desk.choose('Réponse apportée');
    await accessible('knowledge-desk-coding');
    const coded = desk.response('POST', /^\/api\/contacts\/[^/]+\/coding$/);
    await desk.saveCoding.click();
    expect((await coded).status()).toBe(200);
    await page.getByText('Appel qualifié : vous êtes de nouveau disponible.').waitFor();
    await desk.choose('Hors ligne');
    await desk.status('Hors ligne').waitFor();
    expect(await api.app.get(ContactLog).get(call.contactId)).toMatchObject({
      aidSchemeSlug: SCHEME,
      details: expect.objectContaining({ knowledgeArticleSlugs: [PHRASING] }),
    });

    // The content team sees the copy and the coding among the most used articles.
    const usage = await api
      .http()
      .get('/api/knowledge/usage')
      .set({ Authorization: `Bearer ${await tokenOf(editor)}` })
      .expect(200);
    expect(usage.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: PHRASING, copied: 1, coded: 1 })]),
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
  it('lets the content team turn a search that found nothing into a synonym, then clear it from the to-do', async () => {
    const asAgent = { Authorization: `Bearer ${await tokenOf(agent)}` };
    const search = (q: string) =>
      api.http().get('/api/knowledge/search').query({ q }).set(asAgent).expect(200);
    expect((await search('pécule')).body.results).toEqual([]);
    // The to-do lists searches as the search read them: lower case, without accents.

    await signIn(editor);
    const shell = new ShellPage(page);
    await shell.heading('Demandes').waitFor();
    await page.goto('/connaissances/a-faire');
    const emptySearches = page.getByRole('table', { name: /^Recherches sans résultat/ });
    await emptySearches.getByRole('row', { name: /pecule/ }).waitFor();

    await page.getByRole('link', { name: 'Gérer les synonymes' }).click();
    await shell.heading('Synonymes de la recherche').waitFor();
    await page.getByRole('button', { name: 'Ajouter un groupe' }).click();
    const group = page.getByRole('textbox', { name: /^Groupe 1/ });
    await group.fill('pécule');
    await page.getByRole('button', { name: 'Enregistrer les synonymes' }).click();
    // A lone term is refused on its line, nothing is sent.
    await page
      .getByText('Un groupe réunit au moins deux termes, séparés par des virgules.')
      .waitFor();
    expect(await group.getAttribute('aria-invalid')).toBe('true');
    await group.fill('Pécule, bourse');
    const saved = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/knowledge/synonyms' &&
        response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Enregistrer les synonymes' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Synonymes enregistrés : 1 groupe.').waitFor();
    expect(await page.getByRole('textbox', { name: /^Groupe 1/ }).inputValue()).toBe(
      'pécule, bourse',
    );
    await accessible('knowledge-synonyms');

    // The agents' search now finds the student grant, and the to-do drops the search once dealt with.
    expect((await search('pécule')).body.results).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: SCHEME })]),
    );
    await page.goto('/connaissances/a-faire');
    await emptySearches.getByRole('row', { name: /pecule/ }).waitFor();
    await page
      .getByRole('button', { name: 'Retirer « pecule » de la liste : recherche traitée' })
      .click();
    await emptySearches.getByRole('row', { name: /pecule/ }).waitFor({ state: 'detached' });
    await accessible('knowledge-todo');

    // The published catalogue, synonyms included, downloads in the format the import reads.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en YAML' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^socle-commun-\d{4}-\d{2}-\d{2}\.yaml$/);
    const catalogue = parse(readFileSync(await file.path(), 'utf8')) as DemoContent & {
      synonyms: string[][];
    };
    expect(catalogue.schemes.map((scheme) => scheme.slug)).toEqual([SCHEME]);
    expect(catalogue.synonyms).toEqual([['pécule', 'bourse']]);
  });
});
