import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Benchmark } from './benchmark';

const DOC = resolve(__dirname, '../docs/benchmarks.md');
const PREAMBLE =
  '# Benchmarks\n\nEach section is written by `npm run bench` (bench/run.ts) from one run of its ' +
  'bench/*.bench.ts on the machine named in it; a run rewrites only its own sections.\n';

/**
 * Runs bench/*.bench.ts one after the other, or only those named (`npm run bench -- territory`),
 * and rewrites each one's section of docs/benchmarks.md between its markers.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.replace(/\.bench\.ts$/, ''))
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  if (names.length === 0) {
    throw new Error(`no benchmark named ${only.join(', ')} in bench/`);
  }
  for (const name of names) {
    const benchmark = (
      (await import(join(__dirname, `${name}.bench.ts`))) as { default: Benchmark }
    ).default;
    process.stdout.write(`== ${name}: ${benchmark.title}\n`);
    const body = await benchmark.run((line) => process.stdout.write(`   ${line}\n`));
    writeSection(name, `## ${benchmark.title}\n\n${provenance(name)}\n\n${body.trim()}\n`);
    process.stdout.write(`   written to docs/benchmarks.md (section "${name}")\n`);
  }
}

function provenance(name: string): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${availableParallelism()} CPU (nproc), ${cpu}, Node.js ${process.version}, ${process.platform}`,
    `- Reproduce: \`npm run bench -- ${name}\` (PostgreSQL and Redis on 127.0.0.1)`,
  ].join('\n');
}

function writeSection(name: string, content: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${content}${end}`;
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : PREAMBLE;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}

main().catch((error: Error) => {
  process.stderr.write(`Benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
