import { Role } from '@gru/auth';
import { CallDispatcher } from '@gru/call-routing';
import { startTwilioDouble, type TwilioDouble } from '@gru/testing';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';
import { LiveBoardPage } from './pages/live-board.page';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { TeamPage } from './pages/team.page';
import { UserAccountPage, UsersPage } from './pages/users.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-twilio-auth-token-0123456789';
const AMIENS = "Antenne d'Amiens";

/** Supervisors' screens against the real API: the live board, the team and the accounts. */
describe('live board, team and accounts in Chromium', () => {
  let twilio: TwilioDouble;
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agent: { id: string; email: string; password: string; displayName: string };
  let agentToken: string;

  beforeAll(async () => {
    twilio = await startTwilioDouble(ACCOUNT, TOKEN);
    api = await startTestApi({
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      VOICE_OPENING: 'always',
    });
    await api.app.listen(0, '127.0.0.1');
    browser = await launchChromium();
    agent = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      displayName: 'Camille Standard',
    });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    agentToken = (login.body as { accessToken: string }).accessToken;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await twilio?.close();
  });

  beforeEach(async () => {
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      bypassCSP: true,
      locale: 'fr-FR',
    });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  const signInAs = async (role: Role, antennaId: string | null, path: string) => {
    const member = await api.createStaff({ role, antennaId });
    await page.goto(path);
    expect((await new LoginPage(page).signIn(member.email, member.password)).status()).toBe(200);
    return member;
  };
  const asManagerOfAmiens = () => api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });

  it('shows the manager a call waiting, then answered, without a reload; the filter keeps one antenna', async () => {
    const manager = await asManagerOfAmiens();
    await api
      .http()
      .put(`/api/voice/agents/${agent.id}/skill`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ phoneSkill: true })
      .expect(200);
    await api
      .http()
      .put('/api/voice/presence')
      .set('Authorization', `Bearer ${agentToken}`)
      .send({ presence: 'available' })
      .expect(200);

    await signInAs(Role.Manager, null, '/tableau-de-bord');
    const board = new LiveBoardPage(page);
    await board.heading.waitFor();
    await board.connection('connectée').waitFor();
    expect(await page.title()).toBe('Tableau de bord en direct — GRU — Relation usagers');
    expect((await board.rowNames()).length).toBeGreaterThan(3);
    await page.evaluate('window.__sameDocument = true');

    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33612345001' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: '+33612345001',
      Digits: '80000',
    }).expect(200);
    await (await board.cell(AMIENS, 'En attente')).getByText('1', { exact: true }).waitFor();
    await board.waitingCalls.getByRole('cell', { name: AMIENS }).waitFor();
    await board.summary.getByText(/^1 appel en attente/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'live-board-waiting');

    // No worker in this test: the test runs the dispatch round, then Twilio reports the answer.
    await api.app.get(CallDispatcher).dispatch();
    await twilioPost(api, `/voice/agent-status?call=${callSid}&agent=${agent.id}`, {
      CallSid: 'CA99999999999999999999999999999992',
      CallStatus: 'in-progress',
    }).expect(200);
    await (await board.cell(AMIENS, 'Décrochés')).getByText('1', { exact: true }).waitFor();
    await (await board.cell(AMIENS, 'En attente')).getByText('0', { exact: true }).waitFor();
    expect(await (await board.cell(AMIENS, 'Part décrochée par l’antenne')).innerText()).toMatch(
      /^100\s%$/,
    );
    expect(await (await board.cell(AMIENS, 'Agents')).innerText()).toBe('1 en appel');
    await page.getByText('Aucun appel en attente.').waitFor();
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    await screenshot(page, 'live-board-answered');

    await board.filter.selectOption({ label: AMIENS });
    await page.getByRole('table', { name: `Situation : ${AMIENS}` }).waitFor();
    expect(await board.rowNames()).toEqual([AMIENS]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows an antenna manager their antenna's row only, without a filter", async () => {
    await signInAs(Role.AntennaManager, 'amiens', '/tableau-de-bord');
    const board = new LiveBoardPage(page);
    await board.heading.waitFor();
    expect(await new ShellPage(page).navigationLabels()).toContain('Tableau de bord en direct');
    await board.antennas.waitFor();
    expect(await board.rowNames()).toEqual([AMIENS]);
    expect(await board.filter.count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'live-board-antenna-manager');
  });

  it("lets an antenna manager switch a team member's phone skill", async () => {
    const colleague = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      displayName: 'Dominique Accueil',
    });
    await signInAs(Role.AntennaManager, 'amiens', '/equipe');
    const team = new TeamPage(page);
    await team.heading.waitFor();
    const toggle = team.phoneSkill('Dominique Accueil');
    await toggle.waitFor({ state: 'attached' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    const saved = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/api/voice/agents/${colleague.id}/skill`,
    );
    // DSFR draws the switch over its input: the label is what a pointer reaches.
    await team.table.locator(`label[for="${await toggle.getAttribute('id')}"]`).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Dominique Accueil prend désormais les appels du numéro vert.').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    const skills = await api
      .http()
      .get('/api/voice/antennas/amiens/phone-skills')
      .set('Authorization', `Bearer ${await asManagerOfAmiens()}`)
      .expect(200);
    expect(skills.body).toContainEqual({ userId: colleague.id, phoneSkill: true });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'team');
  });

  it('lets a manager give the phone skill to an agent of the mobile team, who has no antenna', async () => {
    const mobile = await api.createStaff({
      role: Role.Agent,
      mobileTeam: true,
      displayName: 'Alix Itinérante',
    });
    await signInAs(Role.Manager, null, '/equipe');
    const team = new TeamPage(page);
    await team.heading.waitFor();
    await team.antenna.selectOption({
      label: 'Équipe mobile (service information et accompagnement)',
    });
    const toggle = team.phoneSkill('Alix Itinérante');
    await toggle.waitFor({ state: 'attached' });
    expect(await toggle.isChecked()).toBe(false);
    const saved = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/api/voice/agents/${mobile.id}/skill`,
    );
    await team.table.locator(`label[for="${await toggle.getAttribute('id')}"]`).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Alix Itinérante prend désormais les appels du numéro vert.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets an admin create an account, then lists it', async () => {
    await signInAs(Role.Admin, null, '/utilisateurs');
    const users = new UsersPage(page);
    await users.heading.waitFor();
    await users.table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const email = `nouvel-agent-${Date.now()}@gru.test`;
    const answer = await users.create({
      displayName: 'Sacha Nouveau',
      email,
      role: 'Agent d’accueil',
      antenna: AMIENS,
      password: 'un-mot-de-passe-provisoire',
    });
    expect(answer.status()).toBe(201);
    await users.created.waitFor();
    await users.table.getByRole('cell', { name: email }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'users');
  });

  it('lets an admin move an account to another antenna, then close it: the person is signed out at once', async () => {
    const member = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      displayName: 'Lou Départ',
    });
    // The person is at work in another browser.
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const theirs = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      bypassCSP: true,
      locale: 'fr-FR',
    });
    try {
      const theirPage = await theirs.newPage();
      await theirPage.goto('/demandes');
      expect((await new LoginPage(theirPage).signIn(member.email, member.password)).status()).toBe(
        200,
      );
      await theirPage.getByRole('heading', { level: 1, name: 'Demandes' }).waitFor();

      await signInAs(Role.Admin, null, '/utilisateurs');
      const users = new UsersPage(page);
      await users.table.getByRole('link', { name: 'Modifier le compte de Lou Départ' }).click();
      const account = new UserAccountPage(page);
      await account.heading('Lou Départ').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect((await account.moveTo("Antenne d'Arras")).status()).toBe(200);
      await account.saved.waitFor();

      expect((await account.close()).status()).toBe(200);
      await page.getByText('Compte fermé : ses sessions sont terminées.').waitFor();
      await page.getByRole('button', { name: 'Rouvrir le compte' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'user-account-closed');
      // Their next step finds the session over: back to the sign-in page.
      await theirPage.reload();
      await new LoginPage(theirPage).heading.waitFor();

      expect((await account.reopen()).status()).toBe(200);
      await page.getByText('Compte rouvert : la personne peut de nouveau se connecter.').waitFor();
      const listed = await api
        .http()
        .get(`/api/users/${member.id}`)
        .set('Authorization', `Bearer ${await api.tokenFor({ role: Role.Admin })}`)
        .expect(200);
      expect(listed.body).toMatchObject({ antennaId: 'arras', active: true });
    } finally {
      await theirs.close();
    }
  });
});
