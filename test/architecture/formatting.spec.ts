import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const UNFORMATTED = `export function sum(a:number,b:number){return a+b}\n`;
const FORMATTED = `export function sum(a: number, b: number) {\n  return a + b;\n}\n`;

/** A scratch project with the repository's package.json, Prettier settings and node_modules. */
function scratchProjectWith(source: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'gru-format-'));
  for (const file of ['package.json', '.prettierrc', '.prettierignore']) copyFileSync(join(ROOT, file), join(directory, file));
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'));
  mkdirSync(join(directory, 'libs/probe/src'), { recursive: true });
  writeFileSync(join(directory, 'libs/probe/src/sum.ts'), source);
  return directory;
}

function formatCheckIn(directory: string) {
  return spawnSync('npm', ['run', '--silent', 'format:check'], { cwd: directory, encoding: 'utf8' });
}

describe('npm run lint', () => {
  it('checks formatting before ESLint, so an unformatted file fails the lint', () => {
    expect(scripts.lint).toMatch(/^npm run --silent format:check && eslint /);
  });

  it('fails on an unformatted TypeScript file and names it', () => {
    const directory = scratchProjectWith(UNFORMATTED);
    try {
      const result = formatCheckIn(directory);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('libs/probe/src/sum.ts');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('passes the same file once formatted', () => {
    const directory = scratchProjectWith(FORMATTED);
    try {
      expect(formatCheckIn(directory).status).toBe(0);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
