/** INSEE code of the Hauts-de-France region in the official geographic code. */
export const HAUTS_DE_FRANCE_REGION_CODE = '32';

export interface OfficialCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly departmentCode: string;
  /** Five-character strings: leading zeros matter ("02000" is Laon). */
  readonly postcodes: readonly string[];
  readonly population: number;
  /** Every commune of the region belongs to exactly one EPCI; the loader enforces it. */
  readonly epciSiren: string;
}

export interface OfficialEpci {
  readonly siren: string;
  readonly name: string;
  /** CA, CC, CU or METRO in the official data. */
  readonly type: string;
  /** Members inside the region only. */
  readonly memberInseeCodes: readonly string[];
  /** Two EPCIs straddle Normandy: their Normandy communes are counted here, not listed. */
  readonly outOfRegionMemberCount: number;
}

export interface OfficialTerritory {
  /** e.g. "@etalab/decoupage-administratif 6.0.0", quoted in validation messages. */
  readonly source: string;
  readonly regionCode: string;
  readonly communes: readonly OfficialCommune[];
  /** EPCIs with at least one commune in the region. */
  readonly epcis: readonly OfficialEpci[];
}
