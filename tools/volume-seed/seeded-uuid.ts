/** murmur3's finaliser: a bijection on 32-bit integers that scatters neighbouring inputs. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A distinct 32-bit salt per (seed, generation, table): an appended volume gets new ids. */
export function saltOf(seed: number, generation: number, table: number): number {
  return mix32(mix32(mix32(seed) + generation) ^ Math.imul(table + 1, 0x9e3779b1));
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

/**
 * A random-looking version-4 UUID computed from (salt, index) instead of stored: the seeder links
 * millions of rows (contact → request → citizen) without keeping their ids in memory. The first
 * word is a bijection of the index, so ids of one table never collide.
 */
export function seededUuid(salt: number, index: number): string {
  const w0 = mix32((index + salt) >>> 0);
  const w1 = mix32(w0 ^ salt ^ 0x68e31da4);
  const w2 = mix32(w1 + 0x1b56c4e9);
  const w3 = mix32(w2 ^ index);
  const timeHigh = ((w1 & 0xffff0fff) | 0x00004000) >>> 0;
  const variant = ((w2 & 0x3fffffff) | 0x80000000) >>> 0;
  const h1 = hex8(timeHigh);
  const h2 = hex8(variant);
  return `${hex8(w0)}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex8(w3)}`;
}
