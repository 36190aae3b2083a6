import type { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';

/** The mobile team, managers and admins work across the whole region (DOMAIN.md). */
export function worksAcrossAntennas(user: AuthenticatedUser): boolean {
  return user.mobileTeam || user.role === Role.Manager || user.role === Role.Admin;
}

export function mayActOnAntenna(user: AuthenticatedUser, antennaId: string): boolean {
  return worksAcrossAntennas(user) || user.antennaId === antennaId;
}
