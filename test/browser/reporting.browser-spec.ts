import { Role } from '@gru/auth';
import { ReportingRollup } from '@gru/reporting';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/test-api';
import { LoginPage } from './pages/login.page';
import { ReportingPage } from './pages/reporting.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

const AMIENS = "Antenne d'Amiens";

/** YYYY-MM of the month `back` months before the current one. */
function monthBefore(back: number): { month: string; label: string; from: string; to: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const name = new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(first);
  return {
    month: first.toISOString().slice(0, 7),
    label: name.charAt(0).toUpperCase() + name.slice(1),
    from: first.toISOString().slice(0, 10),
    to: last.toISOString().slice(0, 10),
  };
}

/**
 * Managers' dashboards against the real API: contacts seeded through the API, rollups rebuilt as the
 * worker would, then read, filtered, exported; an antenna manager kept to their antenna.
 */
describe('reporting dashboards in Chromium', () => {
  jest.setTimeout(90_000);
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let managerToken: string;
  const last = monthBefore(1);
  const before = monthBefore(2);

  const recordContact = async (
    antennaId: string,
    channel: 'phone' | 'email' | 'visit',
    day: string,
  ) => {
    await api
      .http()
      .post('/api/contacts')
      .set('Authorization', `Bearer ${managerToken}`)
      .send({
        channel,
        antennaId,
        startedAt: `${day}T09:30:00.000Z`,
        endedAt: `${day}T09:35:00.000Z`,
        reasonCode: 'information',
        outcome: 'answered_on_the_spot',
      })
      .expect(201);
  };

  const rebuild = () =>
    api.app
      .get(ReportingRollup)
      .rebuild(new Date(`${before.from}T00:00:00Z`), new Date(Date.now() + 86_400_000));

  beforeAll(async () => {
    api = await startTestApi({ VOICE_TELEPHONY: 'simulated', VOICE_OPENING: 'always' });
    await api.app.listen(0, '127.0.0.1');
    browser = await launchChromium();
    managerToken = await api.tokenFor({ role: Role.Manager, antennaId: null });
    const inLast = (day: number) => `${last.month}-${String(day).padStart(2, '0')}`;
    for (const day of [3, 4, 5]) await recordContact('amiens', 'phone', inLast(day));
    for (const day of [6, 7]) await recordContact('amiens', 'email', inLast(day));
    for (const day of [3, 4, 5, 6]) await recordContact('arras', 'phone', inLast(day));
    await recordContact('amiens', 'phone', `${before.month}-10`);
    await rebuild();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      bypassCSP: true,
      locale: 'fr-FR',
      // The managers' clocks: "this month" is Paris's, also between midnight and 1 a.m. UTC.
      timezoneId: 'Europe/Paris',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await context.close();
  });

  const signInAs = async (role: Role, antennaId: string | null, path: string) => {
    const member = await api.createStaff({ role, antennaId });
    await page.goto(path);
    expect((await new LoginPage(page).signIn(member.email, member.password)).status()).toBe(200);
    await new ShellPage(page).navigation.waitFor();
    return member;
  };

  it('lets a manager filter on a month and an antenna, read the chart and the table, go back, and export CSV', async () => {
    await signInAs(Role.Manager, null, '/statistiques');
    const reporting = new ReportingPage(page);
    await reporting.heading.waitFor();
    expect(await new ShellPage(page).navigationLabels()).toContain('Statistiques');
    expect(await page.title()).toBe('Statistiques — GRU — Relation usagers');

    await reporting.month.selectOption({ label: last.label });
    expect((await reporting.applyFilters()).status()).toBe(200);
    await reporting.breakdown.waitFor();
    expect(new URL(page.url()).search).toBe(`?du=${last.from}&au=${last.to}`);
    const both = await reporting.rows(reporting.breakdown);
    expect(both[AMIENS]?.slice(0, 2)).toEqual(['5', '55,6 %']);
    expect(Object.keys(both)).toHaveLength(2);
    await reporting.breakdownChart.locator('svg').waitFor();
    // The map of the region: both antennas at their seats, titled with their figures.
    const map = page.getByRole('img', { name: 'Carte des contacts par antenne' });
    await map.locator('circle[data-antenna="arras"]').waitFor();
    expect(await map.locator('path').count()).toBe(5);
    expect(await map.locator('circle[data-antenna="amiens"] title').textContent()).toBe(
      "Antenne d'Amiens : 5 contacts",
    );
    expect(await seriousViolations(page)).toEqual([]);

    await reporting.antenna.selectOption({ label: AMIENS });
    expect((await reporting.applyFilters()).status()).toBe(200);
    await page.waitForURL((url) => url.searchParams.get('antenne') === 'amiens');
    await reporting.breakdown.locator('tbody tr').first().waitFor();
    const amiens = await reporting.rows(reporting.breakdown);
    expect(Object.keys(amiens)).toEqual([AMIENS]);
    // Five contacts against one in the month before.
    expect(amiens[AMIENS]).toEqual([
      '5',
      '100 %',
      '1',
      '↗ +400 % par rapport à la période précédente (1)',
    ]);
    await reporting.breakdownChart.locator('svg').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reporting-contacts');

    // The address holds the view: back shows both antennas again.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('antenne') === null);
    await reporting.breakdown.getByRole('rowheader', { name: "Antenne d'Arras" }).waitFor();
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('antenne') === 'amiens');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Contacts (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`contacts_${last.from}_${last.to}.csv`);
    const csv = readFileSync(await file.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv).toHaveLength(1 + 5);
    await reporting.exportStatus
      .getByText(`Export terminé : contacts_${last.from}_${last.to}.csv (5 lignes).`)
      .waitFor();

    for (const tab of ['Numéro vert', 'Activité des agents', 'Fréquentation', 'Demandes']) {
      await reporting.tab(tab).click();
      await page.waitForURL((url) => url.searchParams.has('vue'));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(new URL(page.url()).searchParams.get('antenne')).toBe('amiens');
    await screenshot(page, 'reporting-requests');
  });

  it('keeps an antenna manager to their antenna: no antenna choice, no other antenna, a refusal by address', async () => {
    const query = `du=${last.from}&au=${last.to}`;
    await signInAs(Role.AntennaManager, 'amiens', `/statistiques?${query}`);
    const reporting = new ReportingPage(page);
    await reporting.heading.waitFor();
    expect(await new ShellPage(page).navigationLabels()).toContain('Statistiques');
    await reporting.breakdown.locator('tbody tr').first().waitFor();
    expect(Object.keys(await reporting.rows(reporting.breakdown))).toEqual([AMIENS]);
    expect(await reporting.antenna.count()).toBe(0);
    const map = page.getByRole('img', { name: 'Carte des contacts par antenne' });
    await map.locator('circle[data-antenna="amiens"]').waitFor();
    expect(await map.locator('circle').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reporting-antenna-manager');

    await page.goto(`/statistiques?${query}&antenne=arras`);
    await page.getByText('Cette antenne n’est pas dans votre périmètre.').first().waitFor();
    expect(await page.getByRole('rowheader', { name: "Antenne d'Arras" }).count()).toBe(0);

    const token = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    await api
      .http()
      .get(`/api/reporting/contacts?from=${last.from}&to=${last.to}&antennaId=arras`)
      .set('Authorization', `Bearer ${token}`)
      .expect(403);
  });

  it('counts a front-desk visit recorded in one click on the desk in the footfall', async () => {
    await signInAs(Role.Agent, 'amiens', '/bureau');
    expect(await new ShellPage(page).navigationLabels()).not.toContain('Statistiques');
    const visit = page.getByRole('button', { name: 'Enregistrer une visite' });
    await visit.waitFor();
    const recorded = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/contacts' &&
        response.request().method() === 'POST',
    );
    await visit.click();
    expect((await recorded).status()).toBe(201);
    await page.getByText(/^Visite enregistrée à .* \(1 visite enregistrée/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'desk-visit');
    await context.clearCookies();
    await page.evaluate('sessionStorage.clear()');

    await rebuild();
    await signInAs(Role.Manager, null, '/statistiques?vue=frequentation');
    const reporting = new ReportingPage(page);
    const table = reporting.table('Visites à l’accueil par antenne et par heure');
    await table.locator('tbody tr').first().waitFor();
    const rows = await reporting.rows(table);
    expect(rows[AMIENS]?.at(-1)).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reporting-footfall');
  });
});
