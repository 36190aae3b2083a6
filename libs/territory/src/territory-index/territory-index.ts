import { AntennaFile, MobileTeam } from '../antennas/antenna.types';
import { OfficialTerritory } from '../official-data/official-territory.types';
import { buildTerritoryIndexData, TerritoryIndexData } from './build-territory-index-data';
import {
  CommuneView,
  CoverageReport,
  PerimeterHolderDetail,
  PerimeterHolderSummary,
  PostcodeResolution,
  TerritoryIndexMode,
} from './territory-index.types';

const NOTHING: readonly never[] = Object.freeze([]);

export interface TerritoryIndexOptions {
  readonly mode?: TerritoryIndexMode;
}

/**
 * Communes, postcodes and antenna perimeters of the region, held in memory. Built once at boot,
 * immutable afterwards: every lookup is a Map read and every returned object is frozen.
 */
export class TerritoryIndex {
  private constructor(private readonly data: TerritoryIndexData) {}

  /** Throws `PerimeterValidationError` in strict mode (the default) when the perimeters are wrong. */
  static build(
    official: OfficialTerritory,
    antennaFile: AntennaFile,
    options: TerritoryIndexOptions = {},
  ): TerritoryIndex {
    return new TerritoryIndex(
      buildTerritoryIndexData(official, antennaFile, options.mode ?? 'strict'),
    );
  }

  /** e.g. "@etalab/decoupage-administratif 6.0.0". */
  get source(): string {
    return this.data.source;
  }

  get regionCode(): string {
    return this.data.regionCode;
  }

  get headquartersId(): string {
    return this.data.headquartersId;
  }

  /** Expects a well-formed postcode (see `parsePostcode`); anything else is simply not in the region. */
  resolvePostcode(postcode: string): PostcodeResolution {
    return (
      this.data.resolutionsByPostcode.get(postcode) ??
      Object.freeze({
        postcode,
        inRegion: false,
        communes: NOTHING,
        antennaIds: NOTHING,
        ambiguous: false,
      })
    );
  }

  /** The region's postcodes, sorted. */
  postcodes(): readonly string[] {
    return this.data.postcodes;
  }

  commune(inseeCode: string): CommuneView | undefined {
    return this.data.communesByInsee.get(inseeCode);
  }

  /** The region's communes in INSEE code order. */
  communes(): readonly CommuneView[] {
    return this.data.communes;
  }

  /** The antennas in file order, then the headquarters (kind "headquarters"). */
  antennas(): readonly PerimeterHolderSummary[] {
    return this.data.holders;
  }

  /** An antenna or the headquarters, with its EPCIs and communes. */
  antenna(id: string): PerimeterHolderDetail | undefined {
    return this.data.holdersById.get(id);
  }

  mobileTeam(): MobileTeam {
    return this.data.mobileTeam;
  }

  sharedManagerGroups(): readonly (readonly string[])[] {
    return this.data.sharedManagerGroups;
  }

  /** Empty in strict mode; in report mode, what a CLI prints before the file is fixed. */
  coverageReport(): CoverageReport {
    return this.data.coverageReport;
  }
}
