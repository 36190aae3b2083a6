import { resolve } from 'node:path';
import { AntennaFile } from '../antennas/antenna.types';
import { loadAntennaFile } from '../antennas/load-antenna-file';
import { loadOfficialTerritory } from '../official-data/load-official-territory';
import { OfficialTerritory } from '../official-data/official-territory.types';

export const ANTENNA_FILE_PATH = resolve(__dirname, '../../../../config/antennas.json');

let official: OfficialTerritory | undefined;

/** Parsing 12 MB of JSON once per test file is enough. */
export function realOfficialTerritory(): OfficialTerritory {
  official ??= loadOfficialTerritory();
  return official;
}

export function realAntennaFile(): AntennaFile {
  return loadAntennaFile(ANTENNA_FILE_PATH);
}

/** A copy of the real antenna file with one holder's EPCI list rewritten, for doctored-file tests. */
export function withEpcis(
  file: AntennaFile,
  holderId: string,
  rewrite: (sirens: readonly string[]) => string[],
): AntennaFile {
  if (file.headquarters.id === holderId) {
    return {
      ...file,
      headquarters: { ...file.headquarters, epciSirens: rewrite(file.headquarters.epciSirens) },
    };
  }
  if (!file.antennas.some((antenna) => antenna.id === holderId)) {
    throw new Error(`no antenna "${holderId}" in the antenna file`);
  }
  return {
    ...file,
    antennas: file.antennas.map((antenna) =>
      antenna.id === holderId ? { ...antenna, epciSirens: rewrite(antenna.epciSirens) } : antenna,
    ),
  };
}
