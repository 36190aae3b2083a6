import { CommunePostcode } from './commune-postcode.entity';
import { Commune } from './commune.entity';
import { Epci } from './epci.entity';
import { PerimeterAssignment } from './perimeter-assignment.entity';
import { PerimeterHolderRecord } from './perimeter-holder-record.entity';
import { PerimeterVersion } from './perimeter-version.entity';

/** The tables this library owns, for the shared DataSource and `TypeOrmModule.forFeature`. */
export const TERRITORY_ENTITIES = [
  Epci,
  Commune,
  CommunePostcode,
  PerimeterHolderRecord,
  PerimeterVersion,
  PerimeterAssignment,
];
