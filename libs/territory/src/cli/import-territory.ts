import { loadConfigOrExit } from '@gru/config';
import { buildDataSourceOptions, composeSchema } from '@gru/database';
import { TERRITORY_SCHEMA } from '../territory-schema';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { ANTENNA_FILE_NAME, loadAntennaFile } from '../antennas/load-antenna-file';
import { formatImportReport } from '../import/format-import-report';
import { importTerritory } from '../import/import-territory';
import { loadOfficialTerritory } from '../official-data/load-official-territory';

const USAGE = `npm run territory:import [-- --official-data <dossier data/ du paquet> --antennas <fichier>]`;

/**
 * Loads the pinned official data and config/antennas.json into PostgreSQL. `--official-data`
 * points at another vintage's data/ folder (same layout as @etalab/decoupage-administratif).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'official-data': { type: 'string' }, antennas: { type: 'string' } },
  });
  const config = loadConfigOrExit(['database']);
  const antennaFilePath = values.antennas ?? join(config.configDirectory, ANTENNA_FILE_NAME);
  const official = loadOfficialTerritory({ dataDirectory: values['official-data'] });
  const antennaFile = loadAntennaFile(antennaFilePath);
  const dataSource = new DataSource(buildDataSourceOptions(config.database.url, composeSchema([TERRITORY_SCHEMA])));
  await dataSource.initialize();
  try {
    const report = await importTerritory(dataSource, { official, antennaFile });
    process.stdout.write(`${formatImportReport(report).join('\n')}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error & { code?: unknown }) => {
  // 42P01: undefined_table, the schema is not migrated yet.
  const hint = error.code === '42P01' ? '\nLancez d’abord « npm run db:migrate ».' : '';
  process.stderr.write(`Import du territoire refusé : ${error.message}${hint}\nUsage : ${USAGE}\n`);
  process.exit(1);
});
