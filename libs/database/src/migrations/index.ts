import { Foundation1795438820020 } from './1795438820020-foundation';

/** In order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1795438820020];
