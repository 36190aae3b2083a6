import { AntennaFile } from '../antennas/antenna.types';
import { OfficialTerritory } from '../official-data/official-territory.types';
import { perimeterHolders } from './perimeter-coverage';
import { PerimeterProblem } from './perimeter-problem';
import { findPerimeterProblems } from './validate-perimeters';

/** EPCI SIREN → holder id: the shape in which two perimeters are compared. */
export type HolderIdByEpci = ReadonlyMap<string, string>;

/** Holder id → its EPCI SIRENs in the order they were written. */
export type EpciSirensByHolder = ReadonlyMap<string, readonly string[]>;

export interface AssignmentChange {
  readonly epciSiren: string;
  /** Null when the EPCI was assigned to nobody before (first version, new EPCI). */
  readonly from: string | null;
  readonly to: string | null;
}

export function epciSirensByHolderOf(file: AntennaFile): Map<string, readonly string[]> {
  return new Map(perimeterHolders(file).map((holder) => [holder.id, holder.epciSirens]));
}

/** A valid file assigns each EPCI once; should one be listed twice, the first claim wins here. */
export function holderIdByEpciOf(perimeter: EpciSirensByHolder): Map<string, string> {
  const assignments = new Map<string, string>();
  for (const [holderId, sirens] of perimeter) {
    for (const siren of sirens) {
      if (!assignments.has(siren)) {
        assignments.set(siren, holderId);
      }
    }
  }
  return assignments;
}

export function diffAssignments(before: HolderIdByEpci, after: HolderIdByEpci): AssignmentChange[] {
  const sirens = [...new Set([...before.keys(), ...after.keys()])].sort();
  return sirens
    .map((epciSiren) => ({
      epciSiren,
      from: before.get(epciSiren) ?? null,
      to: after.get(epciSiren) ?? null,
    }))
    .filter((change) => change.from !== change.to);
}

/** The same holders with other perimeters; a holder the map does not name gets no EPCI. */
export function withPerimeters(file: AntennaFile, perimeter: EpciSirensByHolder): AntennaFile {
  return {
    ...file,
    antennas: file.antennas.map((antenna) => ({
      ...antenna,
      epciSirens: [...(perimeter.get(antenna.id) ?? [])],
    })),
    headquarters: {
      ...file.headquarters,
      epciSirens: [...(perimeter.get(file.headquarters.id) ?? [])],
    },
  };
}

/** `withPerimeters` silently drops what it cannot place: this names it. */
export function findUnknownHolders(
  file: AntennaFile,
  perimeter: EpciSirensByHolder,
): PerimeterProblem[] {
  const known = new Set(perimeterHolders(file).map((holder) => holder.id));
  return [...perimeter.keys()]
    .filter((holderId) => !known.has(holderId))
    .map((holderId) => ({
      kind: 'unknown-holder' as const,
      holderId,
      message: `Unknown holder "${holderId}": neither an active antenna nor the headquarters`,
    }));
}

/** Every problem of `perimeter` laid over the holders of `file`: unknown holders, SIRENs, gaps. */
export function findProblemsOfPerimeter(
  official: OfficialTerritory,
  file: AntennaFile,
  perimeter: EpciSirensByHolder,
): PerimeterProblem[] {
  return [
    ...findUnknownHolders(file, perimeter),
    ...findPerimeterProblems(official, withPerimeters(file, perimeter)),
  ];
}
