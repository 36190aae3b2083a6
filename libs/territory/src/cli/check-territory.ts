import { loadConfigOrExit } from '@gru/config';
import { buildDataSourceOptions, composeSchema } from '@gru/database';
import { TERRITORY_SCHEMA } from '../territory-schema';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ANTENNA_FILE_NAME } from '../antennas/load-antenna-file';
import { checkTerritory } from '../territory-check/check-territory';
import { loadCurrentTerritory } from '../territory-index/load-current-territory';

/** Exit 0 when every commune of the region has exactly one holder, 1 otherwise, 2 on failure. */
async function main(): Promise<number> {
  const config = loadConfigOrExit(['database']);
  const dataSource = new DataSource(buildDataSourceOptions(config.database.url, composeSchema([TERRITORY_SCHEMA])));
  await dataSource.initialize();
  try {
    const current = await loadCurrentTerritory(
      dataSource.manager,
      join(config.configDirectory, ANTENNA_FILE_NAME),
    );
    const result = checkTerritory(current);
    process.stdout.write(`${result.lines.join('\n')}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`Vérification du territoire impossible : ${error.message}\n`);
    process.exit(2);
  },
);
