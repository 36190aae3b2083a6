import { loadAntennaFile } from '../antennas/load-antenna-file';
import { loadOfficialTerritory } from '../official-data/load-official-territory';
import { TerritoryIndex, TerritoryIndexOptions } from './territory-index';

/** The boot path: official data from the pinned package, perimeters from config/antennas.json. */
export function loadTerritoryIndex(
  antennaFilePath: string,
  options: TerritoryIndexOptions = {},
): TerritoryIndex {
  return TerritoryIndex.build(loadOfficialTerritory(), loadAntennaFile(antennaFilePath), options);
}
