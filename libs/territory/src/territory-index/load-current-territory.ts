import { EntityManager } from 'typeorm';
import { AntennaFile } from '../antennas/antenna.types';
import { loadAntennaFile } from '../antennas/load-antenna-file';
import { loadOfficialTerritory } from '../official-data/load-official-territory';
import { OfficialTerritory } from '../official-data/official-territory.types';
import { findUnknownHolders, withPerimeters } from '../perimeter/perimeter-assignments';
import { PerimeterProblem } from '../perimeter/perimeter-problem';
import { PerimeterHistoryRepository } from '../perimeter-history/perimeter-history.repository';
import { PerimeterVersionSummary } from '../perimeter-history/perimeter-snapshot';
import { composeAntennaFile } from '../persistence/perimeter-holder-mapping';
import { StoredTerritoryRepository } from '../persistence/stored-territory.repository';

export type TerritoryOrigin =
  | { readonly kind: 'database'; readonly version: PerimeterVersionSummary }
  | { readonly kind: 'antenna-file'; readonly path: string };

/** What an index is built from, and where it came from. */
export interface CurrentTerritory {
  readonly official: OfficialTerritory;
  readonly antennaFile: AntennaFile;
  readonly origin: TerritoryOrigin;
  /** Assignments the index cannot place (a holder gone inactive); empty from the file. */
  readonly unknownHolders: readonly PerimeterProblem[];
}

const UNDEFINED_TABLE = '42P01';

let packagedOfficial: OfficialTerritory | undefined;

/**
 * The perimeter in effect at `at` from the database once `territory:import` has run; before that,
 * config/antennas.json over the packaged official data, so that a fresh database still boots.
 * The file is read in both cases: it alone describes the mobile team.
 */
export async function loadCurrentTerritory(
  manager: EntityManager,
  antennaFilePath: string,
  at: Date = new Date(),
): Promise<CurrentTerritory> {
  const file = loadAntennaFile(antennaFilePath);
  const store = new StoredTerritoryRepository(manager);
  const snapshot = await new PerimeterHistoryRepository(manager).perimeterAt(at).catch(notMigrated);
  const official = snapshot === null ? null : await store.official();
  if (snapshot === null || official === null) {
    packagedOfficial ??= loadOfficialTerritory();
    return {
      official: packagedOfficial,
      antennaFile: file,
      origin: { kind: 'antenna-file', path: antennaFilePath },
      unknownHolders: [],
    };
  }
  const holders = composeAntennaFile(file, await store.holders());
  return {
    official,
    antennaFile: withPerimeters(holders, snapshot.epciSirensByHolder),
    origin: { kind: 'database', version: snapshot.version },
    unknownHolders: findUnknownHolders(holders, snapshot.epciSirensByHolder),
  };
}

/** A database without the territory tables has simply not been imported into. */
function notMigrated(error: unknown): null {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code;
  if (code === UNDEFINED_TABLE || (error as { code?: unknown }).code === UNDEFINED_TABLE) {
    return null;
  }
  throw error;
}
