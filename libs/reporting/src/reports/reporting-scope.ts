import { AuthenticatedUser, mayActOnAntenna, worksAcrossAntennas } from '@gru/auth';
import { AccessDeniedException } from '@gru/errors';

/** The antennas a report may show: null for all of them. */
export type AntennaScope = readonly string[] | null;

/**
 * The one place deciding which antennas' figures a caller sees, for every report and export:
 * managers and admins (and the mobile team) the whole region or the antenna they ask for;
 * an antenna manager their antenna only (403 when they ask for another).
 */
export function reportingScope(user: AuthenticatedUser, antennaId?: string): AntennaScope {
  if (antennaId !== undefined) {
    if (!mayActOnAntenna(user, antennaId))
      throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
    return [antennaId];
  }
  if (worksAcrossAntennas(user)) return null;
  return user.antennaId ? [user.antennaId] : [];
}
