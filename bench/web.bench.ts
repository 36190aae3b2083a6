import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { type BundleFile, readWebBundle, totalGzip } from '../tools/web-bundle/web-bundle';
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

const benchmark: Benchmark = {
  title: 'Web application',
  async run(log) {
    return Promise.resolve(bundleSection(log));
  },
};

export default benchmark;
