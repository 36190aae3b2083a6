/** Staff roles, as `libs/auth` names them (the contract does not type them yet). */
export const ROLES = ['agent', 'antenna_manager', 'instructor', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The API's role groups (libs/auth role.ts): a page names a group, not a list. */
export const FRONT_LINE_ROLES: readonly Role[] = ['agent', 'antenna_manager', 'manager', 'admin'];
export const CASEWORK_ROLES: readonly Role[] = [...FRONT_LINE_ROLES, 'instructor'];
export const ANTENNA_SUPERVISOR_ROLES: readonly Role[] = ['antenna_manager', 'manager', 'admin'];
export const REGIONAL_SUPERVISOR_ROLES: readonly Role[] = ['manager', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];
