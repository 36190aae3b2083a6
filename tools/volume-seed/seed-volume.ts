import { loadConfigOrExit } from '@gru/config';
import { parseArgs } from 'node:util';
import { FULL_VOLUME, VolumeOptions } from './volume-plan';
import { seedVolume } from './volume-seeder';

const USAGE =
  'npm run seed:volume [-- --years 10 --contacts-per-year 220000 --citizens 400000 --requests 600000 ' +
  '--scale 1 --seed 1 --until AAAA-MM-JJ --append]';

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} : nombre positif attendu (got ${JSON.stringify(raw)})`);
  return value;
}

function parseOptions(configDirectory: string): VolumeOptions {
  const { values } = parseArgs({
    options: {
      years: { type: 'string' },
      'contacts-per-year': { type: 'string' },
      citizens: { type: 'string' },
      requests: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      until: { type: 'string' },
      append: { type: 'boolean', default: false },
    },
  });
  // Today at midnight UTC by default: two runs on the same day seed the same rows.
  const until = values.until
    ? new Date(`${values.until}T00:00:00Z`)
    : new Date(new Date().toISOString().slice(0, 10));
  if (Number.isNaN(until.getTime()))
    throw new Error(`--until : date AAAA-MM-JJ attendue (got ${JSON.stringify(values.until)})`);
  return {
    years: Math.round(positive('years', values.years, FULL_VOLUME.years)),
    contactsPerYear: Math.round(
      positive('contacts-per-year', values['contacts-per-year'], FULL_VOLUME.contactsPerYear),
    ),
    citizens: Math.round(positive('citizens', values.citizens, FULL_VOLUME.citizens)),
    requests: Math.round(positive('requests', values.requests, FULL_VOLUME.requests)),
    scale: positive('scale', values.scale, 1),
    seed: Math.round(positive('seed', values.seed, 1)),
    until,
    append: values.append ?? false,
    configDirectory,
  };
}

/** Fills a migrated database with years of citizens, requests and contacts for benchmarks. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(['database']);
  const options = parseOptions(config.configDirectory);
  const report = await seedVolume(config.database.url, options, (line) =>
    process.stdout.write(`${line}\n`),
  );
  for (const table of report.tables) {
    process.stdout.write(
      `${table.table.padEnd(16)} ${String(table.rows).padStart(10)} rows  ${table.seconds.toFixed(1).padStart(6)} s\n`,
    );
  }
  process.stdout.write(
    `${'vacuum analyse'.padEnd(27)}  ${report.analyseSeconds.toFixed(1).padStart(6)} s\n`,
  );
  process.stdout.write(`${'total'.padEnd(27)}  ${report.totalSeconds.toFixed(1).padStart(6)} s\n`);
}

main().catch((error: Error & { code?: unknown }) => {
  // 42P01: undefined_table, the schema is not migrated yet.
  const hint = error.code === '42P01' ? '\nLancez d’abord « npm run db:migrate ».' : '';
  process.stderr.write(`seed:volume refusé : ${error.message}${hint}\nUsage : ${USAGE}\n`);
  process.exit(1);
});
