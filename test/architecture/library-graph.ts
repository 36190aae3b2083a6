import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIBRARY_IMPORT = /from\s+'@gru\/([a-z-]+)'|import\(\s*'@gru\/([a-z-]+)'\s*\)|require\(\s*'@gru\/([a-z-]+)'\s*\)/g;

/** Each library's direct dependencies on other libraries, read from its sources (tests excluded). */
export function libraryGraph(librariesRoot: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const library of readdirSync(librariesRoot)) {
    const sources = join(librariesRoot, library, 'src');
    if (!statSync(sources, { throwIfNoEntry: false })?.isDirectory()) continue;
    const dependencies = new Set<string>();
    for (const file of sourceFiles(sources)) {
      for (const match of readFileSync(file, 'utf8').matchAll(LIBRARY_IMPORT)) {
        const target = match[1] ?? match[2] ?? match[3];
        if (target !== library) dependencies.add(target);
      }
    }
    graph.set(library, dependencies);
  }
  return graph;
}

/** Every elementary cycle's smallest witness: a path from a library back to itself. */
export function libraryCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    const path = shortestPathBack(graph, start);
    if (!path) continue;
    const key = path.slice(1).sort().join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    cycles.push(path);
  }
  return cycles;
}

function shortestPathBack(graph: Map<string, Set<string>>, start: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [...(graph.get(start) ?? [])];
  for (const next of queue) previous.set(next, start);
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === start) {
      const path = [start];
      for (let step = previous.get(start)!; step !== start; step = previous.get(step)!) path.unshift(step);
      return [start, ...path.slice(0, -1), start];
    }
    for (const next of graph.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  return null;
}

function* sourceFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(entry.name)) yield path;
  }
}

export function describeCycle(cycle: string[], root: string): string {
  return `${cycle.join(' → ')} (in ${relative(process.cwd(), root)})`;
}
