import { readdirSync, readFileSync } from 'node:fs';
import { readWebBundle, totalGzip } from '../../tools/web-bundle/web-bundle';
import { join, relative, resolve } from 'node:path';

const DIST = resolve(__dirname, '../../dist');

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(directory, entry.name))
      : [relative(DIST, join(directory, entry.name))],
  );
}

describe('the production build (npm run build, as the image runs it)', () => {
  const files = filesUnder(DIST);

  it('holds both processes and the migration command', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'apps/api/src/main.js',
        'apps/worker/src/main.js',
        'libs/schema/src/cli/migrate.js',
      ]),
    );
  });

  it('holds the web application the API serves, and none of its sources', () => {
    expect(files).toEqual(expect.arrayContaining(['web/index.html', 'web/.vite/manifest.json']));
    expect(files.filter((file) => file.startsWith('apps/web/'))).toEqual([]);
  });

  it('carries no development tool, test or test infrastructure', () => {
    expect(
      files.filter((file) =>
        /(^|\/)(tools|testing|simulation|volume-seed)\/|\.(spec|integration-spec|e2e-spec)\.js$/.test(
          file,
        ),
      ),
    ).toEqual([]);
  });
});

describe('the web application bundle', () => {
  const bundle = readWebBundle(join(DIST, 'web'));

  it('is a production build (React without its development checks)', () => {
    const entry = readFileSync(join(DIST, 'web', bundle.initialJs[0].file), 'utf8');
    // A message React's development build carries and its production build leaves out.
    expect(entry).not.toContain('Each child in a list should have a unique');
  });

  // The budget of issue 10; `npm run bench -- web` reports the figures.
  it('loads under 250 KB of gzipped JavaScript before the first screen', () => {
    expect(totalGzip(bundle.initialJs)).toBeLessThan(250 * 1024);
  });
});
