import type { TerritoryIndex } from '@gru/territory';

/**
 * The pool a caller belongs to, as the routing and the simulation file them: their antenna, or
 * the mobile team for the headquarters area and callers the IVR could not place.
 */
export function callerPoolOf(antennaId: string | null, index: TerritoryIndex): string {
  const mobileTeam = index.mobileTeam().id;
  if (antennaId === null) return mobileTeam;
  return index.antenna(antennaId)?.kind === 'headquarters' ? mobileTeam : antennaId;
}
