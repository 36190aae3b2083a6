import { DataSource, EntityManager } from 'typeorm';
import { AntennaFile } from '../antennas/antenna.types';
import { OfficialTerritory } from '../official-data/official-territory.types';
import {
  AssignmentChange,
  diffAssignments,
  epciSirensByHolderOf,
  findProblemsOfPerimeter,
  holderIdByEpciOf,
} from '../perimeter/perimeter-assignments';
import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import { assertValidPerimeters } from '../perimeter/validate-perimeters';
import { PerimeterHistoryRepository } from '../perimeter-history/perimeter-history.repository';
import { lockTerritoryWrites } from '../persistence/lock-territory-writes';
import { composeAntennaFile } from '../persistence/perimeter-holder-mapping';
import { StoredTerritoryRepository } from '../persistence/stored-territory.repository';
import {
  diffOfficialTerritory,
  isEmptyDiff,
  OfficialTerritoryChanges,
} from './official-territory-diff';
import { countTerritoryRows, TerritoryCounts } from './count-territory-rows';
import { HolderChanges, syncPerimeterHolders } from './sync-perimeter-holders';
import { writeOfficialTerritory } from './write-official-territory';

export interface ImportTerritoryInput {
  /** The dataset is a parameter so that a newer (or doctored) vintage can be imported. */
  readonly official: OfficialTerritory;
  readonly antennaFile: AntennaFile;
  readonly now?: Date;
}

export interface TerritoryImportReport {
  readonly changed: boolean;
  readonly official: OfficialTerritoryChanges;
  readonly holders: HolderChanges;
  readonly perimeter: {
    readonly versionId: number;
    readonly created: boolean;
    /** Against the version in effect before the import: what routing changes. */
    readonly changes: readonly AssignmentChange[];
  };
  readonly counts: TerritoryCounts;
}

/**
 * Loads official data and the antenna file into PostgreSQL in one transaction, writing only what
 * differs: a second run changes nothing. A perimeter version is created from the file when its
 * assignments differ from the last version imported from it, so re-importing an unchanged file
 * never undoes an admin's change. Refuses (and rolls back) when a perimeter in effect now or
 * later no longer partitions the region under the imported data.
 */
export async function importTerritory(
  dataSource: DataSource,
  input: ImportTerritoryInput,
): Promise<TerritoryImportReport> {
  const { official, antennaFile } = input;
  const now = input.now ?? new Date();
  assertValidPerimeters(official, antennaFile);
  return dataSource.transaction(async (manager) => {
    await lockTerritoryWrites(manager);
    const store = new StoredTerritoryRepository(manager);
    const diff = diffOfficialTerritory(await store.official(), official);
    await writeOfficialTerritory(manager, diff, official);
    const holders = await syncPerimeterHolders(manager, antennaFile, await store.holders());
    const perimeter = await syncPerimeterFromFile(manager, antennaFile, now);
    await assertPerimetersStillValid(manager, official, antennaFile, now);
    return {
      changed:
        !isEmptyDiff(diff) ||
        perimeter.created ||
        holders.added.length + holders.updated.length + holders.deactivated.length > 0,
      official: diff.changes,
      holders,
      perimeter,
      counts: await countTerritoryRows(manager),
    };
  });
}

async function syncPerimeterFromFile(
  manager: EntityManager,
  file: AntennaFile,
  now: Date,
): Promise<TerritoryImportReport['perimeter']> {
  const history = new PerimeterHistoryRepository(manager);
  const perimeter = epciSirensByHolderOf(file);
  const assignments = holderIdByEpciOf(perimeter);
  const lastImported = await history.latest('antenna-file');
  if (
    lastImported !== null &&
    diffAssignments(lastImported.holderIdByEpci, assignments).length === 0
  ) {
    return { versionId: lastImported.version.id, created: false, changes: [] };
  }
  const before = await history.perimeterAt(now);
  const changes = diffAssignments(before?.holderIdByEpci ?? new Map(), assignments);
  // The first version dates from the organisation the file describes; later ones take effect now,
  // leaving the past as it was and versions scheduled later in place.
  const effectiveFrom =
    before === null && (await history.latest()) === null ? new Date(`${file.asOf}T00:00:00Z`) : now;
  const reason =
    lastImported === null
      ? `Import initial de config/antennas.json (état au ${file.asOf})`
      : `Import de config/antennas.json (état au ${file.asOf}) : ${changes.length} EPCI réaffecté(s)`;
  const created = await history.insert(
    { effectiveFrom, createdBy: null, reason, origin: 'antenna-file' },
    perimeter,
  );
  return { versionId: created.version.id, created: true, changes };
}

async function assertPerimetersStillValid(
  manager: EntityManager,
  official: OfficialTerritory,
  file: AntennaFile,
  now: Date,
): Promise<void> {
  const holders = composeAntennaFile(file, await new StoredTerritoryRepository(manager).holders());
  const versions = await new PerimeterHistoryRepository(manager).inEffectFrom(now);
  for (const snapshot of versions) {
    const problems = findProblemsOfPerimeter(official, holders, snapshot.epciSirensByHolder);
    if (problems.length > 0) {
      throw new PerimeterValidationError(
        problems.map((problem) => ({
          ...problem,
          message: `Perimeter version ${snapshot.version.id}: ${problem.message}`,
        })),
      );
    }
  }
}
