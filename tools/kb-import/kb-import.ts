import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@gru/config';
import { ValidationFailedException } from '@gru/errors';
import { formatOfFileName, KnowledgeTransfer, parseCatalogue, Vocabulary } from '@gru/knowledge';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KB_IMPORT_SECTIONS, KbImportModule } from './kb-import.module';

const USAGE = 'npm run kb:import -- [--publish] <fichier.json | fichier.yaml>';

/**
 * Imports schemes, articles and synonyms from the JSON format (or the same in YAML, for a
 * `.yaml`/`.yml` file), idempotent by slug, and
 * prints `{ "schemes": { created, updated, unchanged }, "articles": {...} }`. `--publish`
 * publishes what it imports (migrations, demo) without review.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { publish: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error('un fichier JSON ou YAML attendu');
  const [path] = positionals as [string];
  let file: unknown;
  try {
    file = parseCatalogue(readFileSync(path, 'utf8'), formatOfFileName(path));
  } catch (error) {
    throw new Error(`${path} illisible : ${(error as Error).message}`);
  }
  const config = loadConfigOrExit([...KB_IMPORT_SECTIONS]);
  const app = await NestFactory.createApplicationContext(KbImportModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    const report = await app
      .get(KnowledgeTransfer)
      .import(file, { publish: values.publish ?? false });
    if (values.publish) await app.get(Vocabulary).rebuild();
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  const details =
    error instanceof ValidationFailedException
      ? error.fieldErrors.flatMap((field) => field.messages).join('\n')
      : error.message;
  process.stderr.write(
    `Import de la base de connaissances refusé : ${details}\nUsage : ${USAGE}\n`,
  );
  process.exit(1);
});
