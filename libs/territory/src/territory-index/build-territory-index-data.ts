import { AntennaFile, MobileTeam, PerimeterHolder } from '../antennas/antenna.types';
import { OfficialEpci, OfficialTerritory } from '../official-data/official-territory.types';
import { computePerimeterCoverage, perimeterHolders } from '../perimeter/perimeter-coverage';
import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import { findPerimeterProblems } from '../perimeter/validate-perimeters';
import { deepFreeze } from './deep-freeze';
import {
  CommuneView,
  CoverageGap,
  CoverageOverlap,
  CoverageReport,
  PerimeterHolderDetail,
  PerimeterHolderSummary,
  PostcodeResolution,
  TerritoryIndexMode,
} from './territory-index.types';

export interface TerritoryIndexData {
  readonly source: string;
  readonly regionCode: string;
  readonly communes: readonly CommuneView[];
  readonly communesByInsee: ReadonlyMap<string, CommuneView>;
  readonly postcodes: readonly string[];
  readonly resolutionsByPostcode: ReadonlyMap<string, PostcodeResolution>;
  readonly holders: readonly PerimeterHolderSummary[];
  readonly holdersById: ReadonlyMap<string, PerimeterHolderDetail>;
  readonly headquartersId: string;
  readonly mobileTeam: MobileTeam;
  readonly sharedManagerGroups: readonly (readonly string[])[];
  readonly coverageReport: CoverageReport;
}

/** Everything is computed here, once, so that every lookup afterwards is a Map read. */
export function buildTerritoryIndexData(
  official: OfficialTerritory,
  file: AntennaFile,
  mode: TerritoryIndexMode,
): TerritoryIndexData {
  const coverage = computePerimeterCoverage(official, file);
  const problems = findPerimeterProblems(official, file, coverage);
  if (mode === 'strict' && problems.length > 0) {
    throw new PerimeterValidationError(problems);
  }

  const epciBySiren = new Map(official.epcis.map((epci) => [epci.siren, epci]));
  const communes: CommuneView[] = [];
  const communesByInsee = new Map<string, CommuneView>();
  const communesByPostcode = new Map<string, CommuneView[]>();
  const gaps: CoverageGap[] = [];
  const overlaps: CoverageOverlap[] = [];

  for (const commune of official.communes) {
    const holderIds = coverage.holderIdsByCommune.get(commune.inseeCode) ?? [];
    const view: CommuneView = {
      inseeCode: commune.inseeCode,
      name: commune.name,
      departmentCode: commune.departmentCode,
      postcodes: [...commune.postcodes],
      population: commune.population,
      epci: { siren: commune.epciSiren, name: epciBySiren.get(commune.epciSiren)?.name ?? '?' },
      antennaId: holderIds[0] ?? null,
    };
    communes.push(view);
    communesByInsee.set(view.inseeCode, view);
    for (const postcode of view.postcodes) {
      const sharing = communesByPostcode.get(postcode) ?? [];
      sharing.push(view);
      communesByPostcode.set(postcode, sharing);
    }
    const place = {
      inseeCode: commune.inseeCode,
      name: commune.name,
      epciSiren: commune.epciSiren,
    };
    if (holderIds.length === 0) {
      gaps.push(place);
    } else if (holderIds.length > 1) {
      overlaps.push({ ...place, antennaIds: [...holderIds] });
    }
  }

  const resolutionsByPostcode = new Map<string, PostcodeResolution>();
  for (const [postcode, sharing] of communesByPostcode) {
    resolutionsByPostcode.set(postcode, resolveRegionPostcode(postcode, sharing));
  }

  const holders: PerimeterHolderSummary[] = [];
  const holdersById = new Map<string, PerimeterHolderDetail>();
  for (const holder of perimeterHolders(file)) {
    const epcis = [...new Set(holder.epciSirens)]
      .map((siren) => epciBySiren.get(siren))
      .filter((epci): epci is OfficialEpci => epci !== undefined);
    const holderCommunes = epcis
      .flatMap((epci) => epci.memberInseeCodes)
      .map((inseeCode) => communesByInsee.get(inseeCode))
      .filter((view): view is CommuneView => view !== undefined)
      .sort((a, b) => a.inseeCode.localeCompare(b.inseeCode));
    const summary = summarise(holder, holderCommunes);
    holders.push(summary);
    holdersById.set(holder.id, {
      ...summary,
      epcis: epcis.map((epci) => {
        const members = epci.memberInseeCodes.map((inseeCode) => communesByInsee.get(inseeCode));
        return {
          siren: epci.siren,
          name: epci.name,
          communeCount: epci.memberInseeCodes.length,
          population: members.reduce((total, view) => total + (view?.population ?? 0), 0),
        };
      }),
      communes: holderCommunes,
    });
  }

  return deepFreeze({
    source: official.source,
    regionCode: official.regionCode,
    communes,
    communesByInsee,
    postcodes: [...resolutionsByPostcode.keys()].sort(),
    resolutionsByPostcode,
    holders,
    holdersById,
    headquartersId: file.headquarters.id,
    mobileTeam: { ...file.mobileTeam },
    sharedManagerGroups: file.sharedManagerGroups.map((group) => [...group]),
    coverageReport: { gaps, overlaps, problems: [...problems] },
  });
}

function resolveRegionPostcode(
  postcode: string,
  sharing: readonly CommuneView[],
): PostcodeResolution {
  const antennaIds = new Set<string>();
  for (const view of sharing) {
    if (view.antennaId !== null) {
      antennaIds.add(view.antennaId);
    }
  }
  return {
    postcode,
    inRegion: true,
    communes: sharing.map((view) => ({
      inseeCode: view.inseeCode,
      name: view.name,
      epciSiren: view.epci.siren,
      antennaId: view.antennaId,
      population: view.population,
    })),
    antennaIds: [...antennaIds].sort(),
    ambiguous: antennaIds.size > 1,
  };
}

function summarise(
  holder: PerimeterHolder,
  communes: readonly CommuneView[],
): PerimeterHolderSummary {
  const common = {
    id: holder.id,
    name: holder.name,
    town: holder.town,
    inseeTown: holder.inseeTown,
    epciSirens: [...holder.epciSirens],
    communeCount: communes.length,
    population: communes.reduce((total, view) => total + view.population, 0),
  };
  if (holder.kind === 'headquarters') {
    return {
      ...common,
      kind: 'headquarters',
      status: 'headquarters',
      townAssumed: false,
      staffing: null,
      sharedManagerWith: [],
    };
  }
  return {
    ...common,
    kind: 'antenna',
    status: holder.status,
    townAssumed: holder.townAssumed,
    staffing: { ...holder.staffing },
    sharedManagerWith: [...holder.sharedManagerWith],
  };
}
