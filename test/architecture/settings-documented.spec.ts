import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Every environment variable the loader reads, from its source: the README's table must name it. */
function variablesReadByTheLoader(): string[] {
  const source = readFileSync(join(ROOT, 'libs/config/src/load-config.ts'), 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/read\.(?:required|optional)(?:<[^>]*>)?\(\s*'([A-Z0-9_]+)'/g)) names.add(match[1]);
  for (const match of source.matchAll(/env\.([A-Z0-9_]+)/g)) names.add(match[1]);
  return [...names].sort();
}

describe('the README settings table', () => {
  it('documents every environment variable the configuration reads', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Commands'));
    const variables = variablesReadByTheLoader();
    expect(variables.length).toBeGreaterThan(15);
    expect(variables.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});
