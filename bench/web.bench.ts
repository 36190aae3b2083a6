import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueName } from '@gru/queue';
import { VoiceAgents } from '@gru/voice';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { SimulatedCallOffer } from '../libs/voice/src/simulator/simulated-call-offer';
import { launchChromium } from '../test/browser/support/browser';
import { type BundleFile, readWebBundle, totalGzip } from '../tools/web-bundle/web-bundle';
import { startBenchApi } from './bench-api';
import type { Benchmark } from './benchmark';

const ROOT = resolve(__dirname, '..');
const INITIAL_JS_BUDGET_KB = 250;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function rows(files: readonly BundleFile[]): string {
  return files
    .map((file) => `| \`${file.file}\` | ${kb(file.bytes)} | ${kb(file.gzipBytes)} |`)
    .join('\n');
}

/** The production bundle of the web application, built afresh. */
function bundleSection(log: (line: string) => void): string {
  log('building the web app (npm run build:web)…');
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  const bundle = readWebBundle(resolve(ROOT, 'dist/web'));
  const initial = totalGzip(bundle.initialJs);
  log(`initial JS: ${kb(initial)} KB gzipped (budget ${INITIAL_JS_BUDGET_KB} KB)`);
  return [
    '### Bundle (production build, gzip level 9)',
    '',
    `Initial JavaScript (entry and its static imports): **${kb(initial)} KB gzipped**, budget ` +
      `${INITIAL_JS_BUDGET_KB} KB (${((initial / (INITIAL_JS_BUDGET_KB * 1024)) * 100).toFixed(0)} % of it).`,
    '',
    '| file | KB | KB gzipped |',
    '|---|---:|---:|',
    rows(bundle.initialJs),
    '',
    'Loaded on demand (pages, the softphone SDK), largest first:',
    '',
    '| file | KB | KB gzipped |',
    '|---|---:|---:|',
    rows(bundle.lazyJs.slice(0, 12)),
    '',
    "Stylesheets (the DSFR's, served from `/dsfr/`, and the app's):",
    '',
    '| file | KB | KB gzipped |',
    '|---|---:|---:|',
    rows(bundle.css),
  ].join('\n');
}

const CALLS = 50;
const WARM_UP_CALLS = 5;

/** Nearest rank on sorted values. */
function percentile(sorted: readonly number[], rank: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Records the instant each offer is made, keyed by CallSid, whichever process and module instance
 * makes it (the API or the routing processor): the moment the routing hands the call to the agent,
 * before the screen pop is published. Returns the function that restores the port.
 */
function recordOffers(offeredAt: Map<string, number>): () => void {
  const prototype = SimulatedCallOffer.prototype;
  const offer = prototype.offer;
  prototype.offer = function recordedOffer(this: SimulatedCallOffer, callSid, ...rest) {
    offeredAt.set(callSid, Date.now());
    return offer.call(this, callSid, ...rest);
  };
  return () => {
    prototype.offer = offer;
  };
}

/**
 * Resolves in the page with Date.now() when the call panel says "Appel entrant" with this caller's
 * number (a string script: the page's DOM types are not this process's).
 */
const popRendered = (page: Page, callerNumber: string) =>
  page.evaluate<number>(`new Promise((resolvePop) => {
    const found = () => {
      const title = document.getElementById('call-title');
      return title?.textContent === 'Appel entrant' &&
        title.closest('section')?.textContent.includes(${JSON.stringify(callerNumber)});
    };
    if (found()) return resolvePop(Date.now());
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolvePop(Date.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`);

/**
 * In Debian's Chromium, signed in on the desk of the built app served by the real API (simulated
 * telephony, routing processor in this process): a call is placed, and the clock runs from the
 * offer made by the routing to the screen pop rendered in the page (same machine, same clock).
 */
async function screenPopSection(log: (line: string) => void): Promise<string> {
  const api = await startBenchApi({
    env: { NODE_ENV: 'test', VOICE_TELEPHONY: 'simulated', VOICE_OPENING: 'always' },
  });
  let worker: INestApplicationContext | undefined;
  let restore = () => undefined as void;
  const browser = await launchChromium();
  try {
    await api.app.get(VoiceAgents).setSkill(api.account.id, true);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ ...api.config, worker: { port: 0, queues: [QueueName.CallRouting] } }),
      { logger: false, abortOnError: false },
    );
    await worker.init();
    const offeredAt = new Map<string, number>();
    restore = recordOffers(offeredAt);

    const page = await (
      await browser.newContext({ baseURL: api.baseUrl, locale: 'fr-FR' })
    ).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/connexion');
    await page.getByLabel('Adresse électronique').fill(api.account.email);
    await page.getByLabel('Mot de passe').fill(api.account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bureau' }).waitFor();
    const choose = (label: string) =>
      page
        .locator('label')
        .filter({ hasText: new RegExp(`^${label}$`) })
        .click();
    const status = (label: string) => page.getByText(`Statut actuel : ${label}`).waitFor();

    const latencies: number[] = [];
    await choose('Disponible');
    for (let call = 0; call < WARM_UP_CALLS + CALLS; call += 1) {
      await status('Disponible');
      const from = `+3361234${String(5000 + call)}`;
      const rendered = popRendered(page, from);
      const placed = await fetch(`${api.baseUrl}/api/voice/simulator/calls`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
        body: JSON.stringify({ from, postcode: '80000' }),
      });
      if (placed.status !== 201) throw new Error(`simulated call refused: ${placed.status}`);
      const { callSid } = (await placed.json()) as { callSid: string };
      const popAt = await Promise.race([
        rendered,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`no screen pop for call ${call}`)), 15_000),
        ),
      ]);
      const offered = offeredAt.get(callSid);
      if (offered === undefined)
        throw new Error(
          `no offer recorded for ${callSid} (call ${call}, ${offeredAt.size} offers)`,
        );
      if (call >= WARM_UP_CALLS) latencies.push(popAt - offered);
      // The caller hangs up (a declined call would go back to the queue and be offered again).
      const hungUp = await fetch(`${api.baseUrl}/api/voice/simulator/calls/${callSid}/hangup`, {
        method: 'POST',
        headers: { authorization: `Bearer ${api.token}` },
      });
      if (!hungUp.ok) throw new Error(`simulated hang-up refused: ${hungUp.status}`);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const [p50, p95, max] = [percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1)];
    log(`screen pop: p50 ${p50} ms, p95 ${p95} ms, max ${max} ms over ${CALLS} calls`);
    return [
      '### From the offer to the screen pop rendered (real browser)',
      '',
      `${CALLS} simulated calls from Amiens (80000) to one agent signed in on the desk in Debian's ` +
        `Chromium (headless), after ${WARM_UP_CALLS} warm-up calls; the built app served by the API, ` +
        'the routing processor in the same process. Clock: the offer port records the instant the ' +
        'routing offers the call; a MutationObserver in the page records the instant the "Appel ' +
        'entrant" region is in the DOM (same machine clock, millisecond resolution). The path: Redis ' +
        'pub/sub, the SSE stream, zod check of the payload, React render.',
      '',
      '| calls | p50 (ms) | p95 (ms) | max (ms) |',
      '|---:|---:|---:|---:|',
      `| ${CALLS} | ${p50} | ${p95} | ${max} |`,
    ].join('\n');
  } finally {
    restore();
    await browser.close();
    await worker?.close();
    await api.close();
  }
}

const benchmark: Benchmark = {
  title: 'Web application',
  async run(log) {
    const bundle = bundleSection(log);
    const screenPop = await screenPopSection(log);
    return `${bundle}\n\n${screenPop}`;
  },
};

export default benchmark;
