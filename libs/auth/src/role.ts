/** Staff roles (DOMAIN.md glossary). Stored values: never rename one. */
export enum Role {
  Agent = 'agent',
  AntennaManager = 'antenna_manager',
  Instructor = 'instructor',
  Manager = 'manager',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
