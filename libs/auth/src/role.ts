/** Staff roles (DOMAIN.md glossary). Stored values: never rename one. */
export enum Role {
  Agent = 'agent',
  AntennaManager = 'antenna_manager',
  Instructor = 'instructor',
  Manager = 'manager',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/*
 * Who may call a route, by what the route is about. Controllers name one of these groups in
 * `@Roles(...)` instead of listing roles, so a role joins or leaves a duty in one place.
 */

/** Staff who serve citizens directly (reception, phone, mail intake) and those who supervise them. */
export const FRONT_LINE_ROLES: readonly Role[] = [
  Role.Agent,
  Role.AntennaManager,
  Role.Manager,
  Role.Admin,
];

/** Everyone who works on requests and reads the citizen files behind them: the front line and instructors. */
export const CASEWORK_ROLES: readonly Role[] = [...FRONT_LINE_ROLES, Role.Instructor];

/** Those who run an antenna's team: assignments, phone skills, closures. */
export const ANTENNA_SUPERVISOR_ROLES: readonly Role[] = [
  Role.AntennaManager,
  Role.Manager,
  Role.Admin,
];

/** Region-wide oversight: every antenna's staff, citizens' data exports. */
export const REGIONAL_SUPERVISOR_ROLES: readonly Role[] = [Role.Manager, Role.Admin];
