import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@gru/config';
import { MailFileImport } from '@gru/mailboxes';
import { parseArgs } from 'node:util';
import { MAIL_IMPORT_SECTIONS, MailImportModule } from './mail-import.module';

const USAGE = 'npm run mail:import -- [--mailbox <id>] [--json] <fichier.eml|dossier>...';

/**
 * Runs the mailbox pipeline over .eml files. `--json`: one line per file, then the summary line;
 * otherwise a table of outcomes. Exits 1 when a file failed (the pipeline threw).
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { mailbox: { type: 'string', default: 'general' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new Error('aucun fichier ni dossier donné');
  const config = loadConfigOrExit([...MAIL_IMPORT_SECTIONS]);
  const app = await NestFactory.createApplicationContext(MailImportModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    const summary = await app.get(MailFileImport).run(values.mailbox, positionals, (line) => {
      if (values.json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else if (line.outcome === 'failed' || line.outcome === 'quarantined')
        process.stdout.write(`${line.outcome.padEnd(12)} ${line.file} — ${line.reason}\n`);
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(summary)}\n`
        : `${Object.entries(summary)
            .map(([key, value]) => `${key}: ${value}`)
            .join('\n')}\n`,
    );
    process.exitCode = summary.failed > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Import de courriels refusé : ${error.message}\nUsage : ${USAGE}\n`);
  process.exit(1);
});
