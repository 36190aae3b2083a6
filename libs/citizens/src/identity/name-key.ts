/**
 * The comparable form of a name: no accents, lower case, hyphens and apostrophes as spaces, single
 * spaces. "Lefèvre-Dupont" and "LEFEVRE DUPONT" share a key; the search index is built on it.
 */
export function nameKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[-'’._]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
