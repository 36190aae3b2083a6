import { Foundation1795438820020 } from './1795438820020-foundation';
import { Territory1795440265856 } from './1795440265856-territory';

/** In order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1795438820020, Territory1795440265856];
