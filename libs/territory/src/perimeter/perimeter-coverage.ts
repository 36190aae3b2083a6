import { AntennaFile, PerimeterHolder } from '../antennas/antenna.types';
import { OfficialTerritory } from '../official-data/official-territory.types';

export interface UnknownEpciAssignment {
  readonly siren: string;
  readonly holderId: string;
}

/** Who claims what, before any judgement: validation and the index both read it. */
export interface PerimeterCoverage {
  /** Every claim in file order; a SIREN listed twice keeps both claims. */
  readonly holderIdsByEpci: ReadonlyMap<string, readonly string[]>;
  /** One entry per commune of the region; an empty list is a gap. */
  readonly holderIdsByCommune: ReadonlyMap<string, readonly string[]>;
  readonly unknownAssignments: readonly UnknownEpciAssignment[];
}

/** Antennas in file order, then the head office: the order in which ties are broken. */
export function perimeterHolders(file: AntennaFile): readonly PerimeterHolder[] {
  return [...file.antennas, file.headquarters];
}

export function computePerimeterCoverage(
  official: OfficialTerritory,
  file: AntennaFile,
): PerimeterCoverage {
  const epciBySiren = new Map(official.epcis.map((epci) => [epci.siren, epci]));
  const holderIdsByEpci = new Map<string, string[]>();
  const unknownAssignments: UnknownEpciAssignment[] = [];
  for (const holder of perimeterHolders(file)) {
    for (const siren of holder.epciSirens) {
      if (!epciBySiren.has(siren)) {
        unknownAssignments.push({ siren, holderId: holder.id });
        continue;
      }
      const claims = holderIdsByEpci.get(siren) ?? [];
      claims.push(holder.id);
      holderIdsByEpci.set(siren, claims);
    }
  }
  const holderIdsByCommune = new Map<string, readonly string[]>();
  for (const commune of official.communes) {
    holderIdsByCommune.set(commune.inseeCode, holderIdsByEpci.get(commune.epciSiren) ?? []);
  }
  return { holderIdsByEpci, holderIdsByCommune, unknownAssignments };
}
