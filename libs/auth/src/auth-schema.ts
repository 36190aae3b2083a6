import type { SchemaPart } from '@gru/database';
import { Foundation1795438820020 } from './migrations/1795438820020-foundation';
import { ContentTeam1796040000000 } from './migrations/1796040000000-content-team';
import { RefreshToken } from './tokens/refresh-token.entity';
import { User } from './users/user.entity';

/** The foundation migration predates per-library migrations: it also created the audit table. */
export const AUTH_SCHEMA: SchemaPart = {
  owner: 'auth',
  entities: [User, RefreshToken],
  migrations: [Foundation1795438820020, ContentTeam1796040000000],
};
