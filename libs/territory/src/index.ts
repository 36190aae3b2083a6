export { describeAmbiguousPostcode } from './ambiguity/describe-ambiguous-postcode';
export type {
  AmbiguityCommune,
  AmbiguousPostcodeAntenna,
  AmbiguousPostcodeDescription,
} from './ambiguity/describe-ambiguous-postcode';
export type {
  Antenna,
  AntennaFile,
  AntennaStatus,
  Headquarters,
  MobileTeam,
  PerimeterHolder,
  Staffing,
} from './antennas/antenna.types';
export { InvalidAntennaFile } from './antennas/invalid-antenna-file.exception';
export { ANTENNA_FILE_NAME, loadAntennaFile, parseAntennaFile } from './antennas/load-antenna-file';
export { loadOfficialTerritory } from './official-data/load-official-territory';
export type { LoadOfficialTerritoryOptions } from './official-data/load-official-territory';
export { HAUTS_DE_FRANCE_REGION_CODE } from './official-data/official-territory.types';
export type {
  OfficialCommune,
  OfficialEpci,
  OfficialTerritory,
} from './official-data/official-territory.types';
export type { PerimeterProblem } from './perimeter/perimeter-problem';
export { PerimeterValidationError } from './perimeter/perimeter-validation-error.exception';
export { assertValidPerimeters, findPerimeterProblems } from './perimeter/validate-perimeters';
export { InvalidPostcode } from './postcode/invalid-postcode.exception';
export { isValidPostcode, parsePostcode } from './postcode/parse-postcode';
export { loadTerritoryIndex } from './territory-index/load-territory-index';
export { TerritoryIndex } from './territory-index/territory-index';
export type { TerritoryIndexOptions } from './territory-index/territory-index';
export type {
  CommuneView,
  CoverageGap,
  CoverageOverlap,
  CoverageReport,
  EpciSummary,
  PerimeterHolderDetail,
  PerimeterHolderSummary,
  PostcodeCommune,
  PostcodeResolution,
  TerritoryIndexMode,
} from './territory-index/territory-index.types';
