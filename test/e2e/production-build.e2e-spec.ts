import { readdirSync } from 'node:fs';
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
