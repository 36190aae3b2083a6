import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@gru/auth';
import { ContactLog } from '@gru/requests';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startRoutingWorker } from '../support/routing-worker';
import { startTestApi, type TestApi } from '../support/test-api';
import { CallbacksPage } from './pages/callbacks.page';
import { DeskPage } from './pages/desk.page';
import { InboxPage } from './pages/inbox.page';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

type Auth = { Authorization: string };

/**
 * The agent's desk against the real API with simulated telephony: a call placed by a manager goes
 * through the real routing (the worker's processor runs in this process) and pops on the desk.
 */
describe('the desk in Chromium (simulated telephony)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let manager: Auth;
  let sequence = 0;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_TELEPHONY: 'simulated', VOICE_OPENING: 'always' });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    worker = await startRoutingWorker(api);
    manager = {
      Authorization: `Bearer ${await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' })}`,
    };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true, locale: 'fr-FR' });
    page = await context.newPage();
    // Under the test's own timeout, so a missing element names itself.
    page.setDefaultTimeout(10_000);
  });

  // An agent left available would be offered the next test's call, ringing a closed page.
  const signedIn: Auth[] = [];
  afterEach(async () => {
    await context.close();
    for (const auth of signedIn.splice(0))
      await api.http().put('/api/voice/presence').set(auth).send({ presence: 'offline' });
  });

  /** An Amiens agent with the phone skill, and a known citizen of Amiens with an open request. */
  async function fixtures() {
    sequence += 1;
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    await api.grantPhoneSkill(agent.id);
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
    signedIn.push(auth);
    // 061… is an allocated mobile range: a clock digit after 06 could fall in an unallocated one (639…).
    const phone = `+3361${String(Date.now() % 1_000_000).padStart(6, '0')}${sequence}`;
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(manager)
      .send({ firstName: 'Camille', lastName: `Roussel${sequence}`, phone, inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(manager)
      .send({ citizenId: citizen.body.id, channel: 'phone', subject: 'Bourse au mérite' })
      .expect(201);
    return {
      agent,
      auth,
      phone,
      citizen: citizen.body as { id: string; lastName: string },
      openRequest: request.body as { id: string; reference: string },
    };
  }

  const placeCall = async (from: string) =>
    (
      await api
        .http()
        .post('/api/voice/simulator/calls')
        .set(manager)
        .send({ from, postcode: '80000' })
        .expect(201)
    ).body as { callSid: string; contactId: string };

  async function expectRequestCreated(
    requestId: string,
    contactId: string,
    citizenId: string,
    subject: string,
  ) {
    const found = await api.http().get(`/api/requests/${requestId}`).set(manager).expect(200);
    expect(found.body).toMatchObject({ citizenId, subject, channel: 'phone' });
    expect(await api.app.get(ContactLog).get(contactId)).toMatchObject({
      outcome: 'request_created',
      reasonCode: 'application-help',
      requestId,
      citizenId,
    });
  }

  it('pops a call from Amiens with the citizen; the agent answers, hangs up, codes it and creates the request', async () => {
    const { agent, phone, citizen, openRequest } = await fixtures();
    const desk = new DeskPage(page);
    await page.goto('/');
    expect((await new LoginPage(page).signIn(agent.email, agent.password)).status()).toBe(200);
    await desk.heading.waitFor();
    await desk.status('Hors ligne').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-idle');

    const presence = desk.response('PUT', '/api/voice/presence');
    await desk.choose('Disponible');
    expect((await presence).status()).toBe(200);
    await desk.status('Disponible').waitFor();

    const call = await placeCall(phone);
    await desk.incomingCall.waitFor({ timeout: 15_000 });
    expect(await desk.liveRegion.textContent()).toBe(`Appel entrant de ${phone}, Amiens.`);
    await desk.incomingCall.getByText('80000').waitFor();
    await desk.incomingCall.getByText("Antenne d'Amiens").waitFor();
    const citizenLink = desk.incomingCall.getByRole('link', {
      name: `Camille ${citizen.lastName.toUpperCase()}`,
    });
    expect(await citizenLink.getAttribute('href')).toBe(`/usagers/${citizen.id}`);
    expect(
      await desk.incomingCall
        .getByRole('link', { name: new RegExp(openRequest.reference) })
        .getAttribute('href'),
    ).toBe(`/demandes/${openRequest.id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-screen-pop');

    await desk.answer.click();
    await desk.hangUp.waitFor();
    await desk.status('En communication').waitFor();
    // The conversation goes on through a reload of the page (a desk phone): the desk gets it back.
    await page.reload();
    await desk.hangUp.waitFor();
    expect(await desk.liveRegion.textContent()).toBe(`Appel en cours avec ${phone} retrouvé.`);
    await page
      .getByRole('region', { name: 'En communication' })
      .getByText("Antenne d'Amiens")
      .waitFor();
    await desk.hangUp.click();
    await desk.coding.waitFor();
    await desk.status('Post-appel').waitFor();
    // And the contact left to code, after another reload during the wrap-up.
    await page.reload();
    await desk.coding.waitFor();

    await desk.reason.selectOption('application-help');
    await desk.choose('Demande créée');
    await desk.subject.fill('Aide au permis de conduire');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-coding');
    const created = desk.response('POST', '/api/requests');
    const coded = desk.response('POST', /^\/api\/contacts\/[^/]+\/coding$/);
    await desk.saveCoding.click();
    const request = await created;
    expect(request.status()).toBe(201);
    expect((await coded).status()).toBe(200);
    await page.getByText('Appel qualifié : vous êtes de nouveau disponible.').waitFor();
    await desk.status('Disponible').waitFor();
    await screenshot(page, 'desk-coded');

    const { id: requestId, reference } = (await request.json()) as {
      id: string;
      reference: string;
    };
    await expectRequestCreated(requestId, call.contactId, citizen.id, 'Aide au permis de conduire');

    // The request born of the call is in the agent's inbox, and opens from there.
    await desk.choose('Hors ligne');
    await new ShellPage(page).open('Demandes');
    const inbox = new InboxPage(page);
    await inbox.openTab('Mon antenne');
    await inbox.table.getByRole('link', { name: reference }).waitFor();
    await screenshot(page, 'desk-request-in-inbox');
    await inbox.openRequest(reference);
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
  });

  it('does the same with the keyboard only: "Répondre" is the next Tab stop after the presence', async () => {
    const { agent, phone, citizen } = await fixtures();
    const desk = new DeskPage(page);
    const login = new LoginPage(page);
    await page.goto('/');
    await login.email.focus();
    await page.keyboard.type(agent.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(agent.password);
    await page.keyboard.press('Enter');
    await desk.heading.waitFor();
    await desk.status('Hors ligne').waitFor();

    // From the h1, Tab reaches the checked presence radio; arrows move the choice.
    await desk.heading.focus();
    for (let presses = 0; presses < 10; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await desk.focusedControl()).name === 'presence') break;
    }
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await desk.status('Disponible').waitFor();
    expect(await desk.focusedControl()).toEqual({ name: 'presence', value: 'available' });

    const call = await placeCall(phone);
    await desk.incomingCall.waitFor({ timeout: 15_000 });
    expect(await desk.tab()).toBe('Répondre');
    await page.keyboard.press('Enter');
    await desk.hangUp.waitFor();
    expect(await desk.focusedText()).toBe('Raccrocher');
    await page.keyboard.press('Enter');
    await desk.coding.waitFor();
    expect(await desk.focusedText()).toBe('Qualification de l’appel');

    await page.keyboard.press('Tab');
    await page.keyboard.type('Aide');
    expect(await desk.reason.inputValue()).toBe('application-help');
    await page.keyboard.press('Tab'); // dispositif (optional)
    await page.keyboard.press('Tab'); // the outcome radios
    await page.keyboard.press('ArrowDown');
    expect(await desk.outcome('Demande créée').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Transport scolaire');
    const created = desk.response('POST', '/api/requests');
    await page.keyboard.press('Enter');
    const request = await created;
    expect(request.status()).toBe(201);
    await page.getByText('Appel qualifié : vous êtes de nouveau disponible.').waitFor();

    const { id: requestId } = (await request.json()) as { id: string };
    await expectRequestCreated(requestId, call.contactId, citizen.id, 'Transport scolaire');
  });

  it('creates the file of an unknown caller from the screen pop, prefilled with the number and commune', async () => {
    const { agent } = await fixtures();
    const desk = new DeskPage(page);
    await page.goto('/');
    expect((await new LoginPage(page).signIn(agent.email, agent.password)).status()).toBe(200);
    await desk.status('Hors ligne').waitFor();
    await desk.choose('Disponible');
    await desk.status('Disponible').waitFor();
    const unknown = `+3361${String(Date.now() % 1_000_000).padStart(6, '0')}9`;
    await placeCall(unknown);
    await desk.incomingCall.waitFor({ timeout: 15_000 });
    await desk.incomingCall.getByText('Aucun usager ne correspond à ce numéro.').waitFor();

    await desk.incomingCall.getByRole('button', { name: 'Créer la fiche usager' }).click();
    const modal = page.getByRole('dialog', { name: 'Créer la fiche usager' });
    await modal.waitFor();
    // The DSFR fades the modal in: axe would measure the contrast of a half-transparent form.
    await page.waitForFunction(
      "getComputedStyle(document.getElementById('creer-fiche-usager')).opacity === '1'",
    );
    expect(await modal.getByLabel('Téléphone').inputValue()).toBe(unknown);
    expect(await modal.getByLabel(/Code INSEE/).inputValue()).toBe('80021');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-create-citizen');
    await modal.getByLabel('Nom', { exact: true }).fill('Fournier');
    const created = desk.response('POST', '/api/citizens');
    await modal.getByRole('button', { name: 'Créer la fiche' }).click();
    const citizen = (await (await created).json()) as { id: string; antennaId: string };
    expect(citizen.antennaId).toBe('amiens');
    expect(
      await desk.incomingCall.getByRole('link', { name: 'Fournier' }).getAttribute('href'),
    ).toBe(`/usagers/${citizen.id}`);
  });

  it("lists the antenna's callbacks and calls one back", async () => {
    const { agent, auth, citizen } = await fixtures();
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(auth)
      .send({ channel: 'phone', citizenId: citizen.id })
      .expect(201);
    const coded = await api
      .http()
      .post(`/api/contacts/${contact.body.id}/coding`)
      .set(auth)
      .send({ reasonCode: 'payment', outcome: 'callback_scheduled' })
      .expect(200);
    const callback = await api
      .http()
      .get(`/api/requests/${coded.body.requestId}`)
      .set(auth)
      .expect(200);

    const callbacks = new CallbacksPage(page);
    await page.goto('/rappels');
    expect((await new LoginPage(page).signIn(agent.email, agent.password)).status()).toBe(200);
    await callbacks.heading.waitFor();
    await callbacks.table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'callbacks');
    const placed = page.waitForResponse((response) =>
      new URL(response.url()).pathname.endsWith('/call'),
    );
    await callbacks.callButton(callback.body.reference as string).click();
    expect((await placed).status()).toBe(202);
    await callbacks.table.getByText('Usager joint').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'callbacks-called');
  });
});
