import {
  OfficialCommune,
  OfficialEpci,
  OfficialTerritory,
} from '../official-data/official-territory.types';

export interface NamedPlace {
  readonly code: string;
  readonly name: string;
}

export interface Rename {
  readonly code: string;
  readonly from: string;
  readonly to: string;
}

export interface MembershipChange {
  readonly inseeCode: string;
  readonly name: string;
  readonly fromEpci: string;
  readonly toEpci: string;
}

export interface PostcodeChange {
  readonly inseeCode: string;
  readonly name: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** What a vintage changes, as the import reports it. */
export interface OfficialTerritoryChanges {
  readonly previousVintage: string | null;
  readonly vintage: string;
  /** A merge shows as communes removed and the absorbing commune's population and postcodes. */
  readonly communesAdded: readonly NamedPlace[];
  readonly communesRemoved: readonly NamedPlace[];
  readonly communesRenamed: readonly Rename[];
  readonly membershipChanges: readonly MembershipChange[];
  readonly postcodeChanges: readonly PostcodeChange[];
  readonly populationChanges: number;
  readonly epcisAdded: readonly NamedPlace[];
  readonly epcisRemoved: readonly NamedPlace[];
  readonly epcisRenamed: readonly Rename[];
}

/** The changes, and the rows that carry them for the writer. */
export interface OfficialTerritoryDiff {
  readonly changes: OfficialTerritoryChanges;
  readonly epcisToWrite: readonly OfficialEpci[];
  readonly communesToWrite: readonly OfficialCommune[];
  /** INSEE codes whose postcode rows are rewritten (new communes included). */
  readonly postcodesToRewrite: readonly string[];
}

export function isEmptyDiff(diff: OfficialTerritoryDiff): boolean {
  return (
    diff.epcisToWrite.length === 0 &&
    diff.communesToWrite.length === 0 &&
    diff.postcodesToRewrite.length === 0 &&
    diff.changes.communesRemoved.length === 0 &&
    diff.changes.epcisRemoved.length === 0
  );
}

/** `stored` is null before the first import: everything is then "added". */
export function diffOfficialTerritory(
  stored: OfficialTerritory | null,
  next: OfficialTerritory,
): OfficialTerritoryDiff {
  const vintageChanged = stored?.source !== next.source;
  const oldCommunes = new Map(stored?.communes.map((commune) => [commune.inseeCode, commune]));
  const oldEpcis = new Map(stored?.epcis.map((epci) => [epci.siren, epci]));
  const newCommunes = new Set(next.communes.map((commune) => commune.inseeCode));
  const newEpcis = new Set(next.epcis.map((epci) => epci.siren));

  const communesAdded: NamedPlace[] = [];
  const communesRenamed: Rename[] = [];
  const membershipChanges: MembershipChange[] = [];
  const postcodeChanges: PostcodeChange[] = [];
  const communesToWrite: OfficialCommune[] = [];
  const postcodesToRewrite: string[] = [];
  let populationChanges = 0;
  for (const commune of next.communes) {
    const before = oldCommunes.get(commune.inseeCode);
    if (before === undefined) {
      communesAdded.push({ code: commune.inseeCode, name: commune.name });
      communesToWrite.push(commune);
      postcodesToRewrite.push(commune.inseeCode);
      continue;
    }
    if (before.name !== commune.name) {
      communesRenamed.push({ code: commune.inseeCode, from: before.name, to: commune.name });
    }
    if (before.epciSiren !== commune.epciSiren) {
      membershipChanges.push({
        inseeCode: commune.inseeCode,
        name: commune.name,
        fromEpci: before.epciSiren,
        toEpci: commune.epciSiren,
      });
    }
    if (before.population !== commune.population) {
      populationChanges += 1;
    }
    const rowChanged =
      vintageChanged ||
      before.name !== commune.name ||
      before.epciSiren !== commune.epciSiren ||
      before.population !== commune.population ||
      before.departmentCode !== commune.departmentCode;
    if (rowChanged) {
      communesToWrite.push(commune);
    }
    const added = commune.postcodes.filter((postcode) => !before.postcodes.includes(postcode));
    const removed = before.postcodes.filter((postcode) => !commune.postcodes.includes(postcode));
    if (added.length > 0 || removed.length > 0) {
      postcodeChanges.push({ inseeCode: commune.inseeCode, name: commune.name, added, removed });
      postcodesToRewrite.push(commune.inseeCode);
    }
  }

  const epcisAdded: NamedPlace[] = [];
  const epcisRenamed: Rename[] = [];
  const epcisToWrite: OfficialEpci[] = [];
  for (const epci of next.epcis) {
    const before = oldEpcis.get(epci.siren);
    if (before === undefined) {
      epcisAdded.push({ code: epci.siren, name: epci.name });
    } else if (before.name !== epci.name) {
      epcisRenamed.push({ code: epci.siren, from: before.name, to: epci.name });
    }
    const rowChanged =
      before === undefined ||
      vintageChanged ||
      before.name !== epci.name ||
      before.type !== epci.type ||
      before.outOfRegionMemberCount !== epci.outOfRegionMemberCount;
    if (rowChanged) {
      epcisToWrite.push(epci);
    }
  }

  const changes: OfficialTerritoryChanges = {
    previousVintage: stored?.source ?? null,
    vintage: next.source,
    communesAdded,
    communesRemoved: [...oldCommunes.values()]
      .filter((commune) => !newCommunes.has(commune.inseeCode))
      .map((commune) => ({ code: commune.inseeCode, name: commune.name })),
    communesRenamed,
    membershipChanges,
    postcodeChanges,
    populationChanges,
    epcisAdded,
    epcisRemoved: [...oldEpcis.values()]
      .filter((epci) => !newEpcis.has(epci.siren))
      .map((epci) => ({ code: epci.siren, name: epci.name })),
    epcisRenamed,
  };
  return { changes, epcisToWrite, communesToWrite, postcodesToRewrite };
}
