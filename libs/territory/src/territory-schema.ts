import type { SchemaPart } from '@gru/database';
import { Territory1795440265856 } from './migrations/1795440265856-territory';
import { TERRITORY_ENTITIES } from './persistence/territory-entities';

export const TERRITORY_SCHEMA: SchemaPart = {
  owner: 'territory',
  entities: TERRITORY_ENTITIES,
  migrations: [Territory1795440265856],
};
