import { AntennaStatus, PerimeterHolder, Staffing } from '../antennas/antenna.types';
import { PerimeterProblem } from '../perimeter/perimeter-problem';

/** "strict" refuses an antenna file with problems; "report" keeps them for `coverageReport()`. */
export type TerritoryIndexMode = 'strict' | 'report';

export interface PostcodeCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly epciSiren: string;
  /** An antenna id or the headquarters id; null only for a gap, which only report mode allows. */
  readonly antennaId: string | null;
  readonly population: number;
}

export interface PostcodeResolution {
  readonly postcode: string;
  readonly inRegion: boolean;
  /** In INSEE code order. */
  readonly communes: readonly PostcodeCommune[];
  /** Distinct antenna and headquarters ids, sorted. */
  readonly antennaIds: readonly string[];
  /** The postcode alone does not decide the antenna: the caller must be asked. */
  readonly ambiguous: boolean;
}

export interface CommuneView {
  readonly inseeCode: string;
  readonly name: string;
  readonly departmentCode: string;
  readonly postcodes: readonly string[];
  readonly population: number;
  readonly epci: { readonly siren: string; readonly name: string };
  /** In report mode, a commune claimed twice goes to the first claimant in file order. */
  readonly antennaId: string | null;
}

export interface PerimeterHolderSummary {
  readonly kind: PerimeterHolder['kind'];
  readonly id: string;
  readonly name: string;
  readonly town: string;
  readonly inseeTown: string;
  readonly status: AntennaStatus | 'headquarters';
  readonly townAssumed: boolean;
  /** Null for the headquarters, which has no antenna staff of its own. */
  readonly staffing: Staffing | null;
  readonly sharedManagerWith: readonly string[];
  readonly epciSirens: readonly string[];
  readonly communeCount: number;
  readonly population: number;
}

export interface EpciSummary {
  readonly siren: string;
  readonly name: string;
  readonly communeCount: number;
  readonly population: number;
}

export interface PerimeterHolderDetail extends PerimeterHolderSummary {
  /** Unknown SIRENs are left out here; they appear in `coverageReport().problems`. */
  readonly epcis: readonly EpciSummary[];
  /** The communes of its EPCIs; in report mode a commune claimed twice is listed by both. */
  readonly communes: readonly CommuneView[];
}

export interface CoverageGap {
  readonly inseeCode: string;
  readonly name: string;
  readonly epciSiren: string;
}

export interface CoverageOverlap extends CoverageGap {
  readonly antennaIds: readonly string[];
}

export interface CoverageReport {
  readonly gaps: readonly CoverageGap[];
  readonly overlaps: readonly CoverageOverlap[];
  /** Everything strict mode would have refused, one readable message each. */
  readonly problems: readonly PerimeterProblem[];
}
