import { PostcodeResolution } from '../territory-index/territory-index.types';

export interface AmbiguityCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly population: number;
}

export interface AmbiguousPostcodeAntenna {
  readonly antennaId: string;
  /** Population of this antenna's communes under the postcode, not of the whole antenna. */
  readonly population: number;
  /** Largest first: the IVR names the first few. */
  readonly communes: readonly AmbiguityCommune[];
}

export interface AmbiguousPostcodeDescription {
  readonly postcode: string;
  /** Largest population first, so the last antenna is the one whose communes are worth naming. */
  readonly antennas: readonly AmbiguousPostcodeAntenna[];
}

/**
 * Splits a postcode's communes by antenna, so the voice menu can ask "are you in X or Y?".
 * Works on any resolution; an unambiguous one gives a single antenna. Gaps (report mode) are left out.
 */
export function describeAmbiguousPostcode(
  resolution: PostcodeResolution,
): AmbiguousPostcodeDescription {
  const communesByAntenna = new Map<string, AmbiguityCommune[]>();
  for (const commune of resolution.communes) {
    if (commune.antennaId === null) {
      continue;
    }
    const communes = communesByAntenna.get(commune.antennaId) ?? [];
    communes.push({
      inseeCode: commune.inseeCode,
      name: commune.name,
      population: commune.population,
    });
    communesByAntenna.set(commune.antennaId, communes);
  }
  const antennas = [...communesByAntenna].map(([antennaId, communes]) => ({
    antennaId,
    population: communes.reduce((total, commune) => total + commune.population, 0),
    communes: communes.sort(byPopulationThenName),
  }));
  antennas.sort((a, b) => b.population - a.population || a.antennaId.localeCompare(b.antennaId));
  return { postcode: resolution.postcode, antennas };
}

function byPopulationThenName(a: AmbiguityCommune, b: AmbiguityCommune): number {
  return b.population - a.population || a.name.localeCompare(b.name, 'fr');
}
