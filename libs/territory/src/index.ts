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
export { checkTerritory } from './territory-check/check-territory';
export type { TerritoryCheckResult } from './territory-check/check-territory';
export { formatImportReport } from './import/format-import-report';
export { importTerritory } from './import/import-territory';
export type { ImportTerritoryInput, TerritoryImportReport } from './import/import-territory';
export type { OfficialTerritoryChanges } from './import/official-territory-diff';
export type { AssignmentChange } from './perimeter/perimeter-assignments';
export { PerimeterHistoryRepository } from './perimeter-history/perimeter-history.repository';
export type {
  PerimeterSnapshot,
  PerimeterVersionSummary,
} from './perimeter-history/perimeter-snapshot';
export { ChangePerimeter } from './perimeter-change/change-perimeter';
export type { PerimeterChangeCommand } from './perimeter-change/change-perimeter';
export { CommunePostcode } from './persistence/commune-postcode.entity';
export { Commune } from './persistence/commune.entity';
export { Epci } from './persistence/epci.entity';
export { PerimeterAssignment } from './persistence/perimeter-assignment.entity';
export { PerimeterHolderRecord } from './persistence/perimeter-holder-record.entity';
export { PerimeterVersion } from './persistence/perimeter-version.entity';
export type { PerimeterOrigin } from './persistence/perimeter-version.entity';
export { TERRITORY_ENTITIES } from './persistence/territory-entities';
export { loadCurrentTerritory } from './territory-index/load-current-territory';
export type { CurrentTerritory, TerritoryOrigin } from './territory-index/load-current-territory';
export { TerritoryModule } from './territory.module';
export { TerritoryService } from './territory.service';
export { TERRITORY_SCHEMA } from './territory-schema';
export { TerritoryHttpModule } from './territory-http.module';
