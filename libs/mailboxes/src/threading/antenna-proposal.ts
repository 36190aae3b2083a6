import type { TerritoryIndex, TerritoryService } from '@gru/territory';

export interface AntennaProposal {
  /** The postcode or the commune name that decided it. */
  readonly postcode: string | null;
  readonly commune: string | null;
  readonly antennaId: string;
}

/** The region's departments: 02 Aisne, 59 Nord, 60 Oise, 62 Pas-de-Calais, 80 Somme. */
const POSTCODE = /\b(02|59|60|62|80)\d{3}\b/g;
/** Only the signature: a commune name in running text ("à Lille") is too often something else. */
const SIGNATURE_LINES = 6;

/**
 * A postcode written in the body or signature proposes the antenna when it decides one; failing
 * that, a signature line that is exactly a commune's name (one commune of that name in the
 * region). Anything ambiguous proposes nothing: triage decides.
 */
export function proposeAntenna(text: string, territory: TerritoryService): AntennaProposal | null {
  for (const match of text.matchAll(POSTCODE)) {
    const resolution = territory.index.resolvePostcode(match[0]);
    if (resolution.inRegion && !resolution.ambiguous && resolution.antennaIds.length === 1)
      return { postcode: match[0], commune: null, antennaId: resolution.antennaIds[0] };
  }
  const names = communeNames(territory.index);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-SIGNATURE_LINES);
  for (const line of lines.reverse()) {
    const commune = names.get(normalise(line));
    if (commune) return { postcode: null, commune: commune.name, antennaId: commune.antennaId };
  }
  return null;
}

const cache = new WeakMap<TerritoryIndex, Map<string, { name: string; antennaId: string }>>();

/** Commune names (accents, case and hyphens ignored) borne by one commune only, with its antenna. */
function communeNames(index: TerritoryIndex): Map<string, { name: string; antennaId: string }> {
  const cached = cache.get(index);
  if (cached) return cached;
  const names = new Map<string, { name: string; antennaId: string } | null>();
  for (const commune of index.communes()) {
    const key = normalise(commune.name);
    names.set(
      key,
      names.has(key) || !commune.antennaId
        ? null
        : { name: commune.name, antennaId: commune.antennaId },
    );
  }
  const unique = new Map(
    [...names].filter(
      (entry): entry is [string, { name: string; antennaId: string }] => !!entry[1],
    ),
  );
  cache.set(index, unique);
  return unique;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
