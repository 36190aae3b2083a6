import type { TerritoryService } from '@gru/territory';

export interface AntennaProposal {
  readonly postcode: string;
  readonly antennaId: string;
}

/** The region's departments: 02 Aisne, 59 Nord, 60 Oise, 62 Pas-de-Calais, 80 Somme. */
const POSTCODE = /\b(02|59|60|62|80)\d{3}\b/g;

/**
 * A postcode written in the body or signature proposes the antenna when it decides one; a
 * postcode shared between antennas proposes nothing (triage decides).
 */
export function proposeAntenna(text: string, territory: TerritoryService): AntennaProposal | null {
  for (const match of text.matchAll(POSTCODE)) {
    const resolution = territory.index.resolvePostcode(match[0]);
    if (resolution.inRegion && !resolution.ambiguous && resolution.antennaIds.length === 1)
      return { postcode: match[0], antennaId: resolution.antennaIds[0] };
  }
  return null;
}
