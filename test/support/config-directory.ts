import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A private copy of `config/` where a test changes a few tunables (token lifetime, voice rules). */
export function configDirectoryWith(
  patches: Record<string, (json: Record<string, unknown>) => void>,
): {
  readonly path: string;
  remove(): void;
} {
  const path = mkdtempSync(join(tmpdir(), 'gru-config-'));
  cpSync(resolve(__dirname, '../../config'), path, { recursive: true });
  for (const [file, patch] of Object.entries(patches)) {
    const json = JSON.parse(readFileSync(join(path, file), 'utf8')) as Record<string, unknown>;
    patch(json);
    writeFileSync(join(path, file), JSON.stringify(json, null, 2));
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
