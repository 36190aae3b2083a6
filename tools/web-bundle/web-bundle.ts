import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the built web app, raw and gzipped (level 9, what a CDN or nginx would send). */
export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface WebBundle {
  /** JavaScript the browser loads before the first screen: the entry and its static imports. */
  readonly initialJs: readonly BundleFile[];
  /** Chunks loaded on demand (one per page or heavy library), largest first. */
  readonly lazyJs: readonly BundleFile[];
  readonly css: readonly BundleFile[];
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

function measure(root: string, file: string): BundleFile {
  const content = readFileSync(join(root, file));
  return {
    file,
    bytes: statSync(join(root, file)).size,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

export const totalGzip = (files: readonly BundleFile[]) =>
  files.reduce((sum, file) => sum + file.gzipBytes, 0);

/** Reads Vite's manifest of `dist/web` (made by `npm run build:web`, production mode). */
export function readWebBundle(webRoot: string): WebBundle {
  const manifest = JSON.parse(readFileSync(join(webRoot, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const js = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
    file.endsWith('.js'),
  );
  const css = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
  const bySize = (a: BundleFile, b: BundleFile) => b.gzipBytes - a.gzipBytes;
  return {
    initialJs: [...initial].map((file) => measure(webRoot, file)).sort(bySize),
    lazyJs: js
      .filter((file) => !initial.has(file))
      .map((file) => measure(webRoot, file))
      .sort(bySize),
    css: [...css, 'dsfr/dsfr.min.css', 'dsfr/utility/icons/icons.min.css']
      .map((file) => measure(webRoot, file))
      .sort(bySize),
  };
}
