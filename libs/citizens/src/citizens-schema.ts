import type { SchemaPart } from '@gru/database';
import { CitizensPortfolioIndex1795442740850 } from './migrations/1795442740850-citizens-portfolio-index';
import { CitizenMerge } from './persistence/citizen-merge.entity';
import { Citizen } from './persistence/citizen.entity';

/** The citizens' tables themselves were created by the requests library's first migration. */
export const CITIZENS_SCHEMA: SchemaPart = {
  owner: 'citizens',
  entities: [Citizen, CitizenMerge],
  migrations: [CitizensPortfolioIndex1795442740850],
};
