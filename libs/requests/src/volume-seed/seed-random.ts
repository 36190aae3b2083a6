/**
 * sfc32: a small, fast 32-bit generator. Math.random cannot be seeded, and a volume seed must be
 * reproducible run after run (same seed, same rows) for benchmark figures to be comparable.
 */
export class SeedRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  /** Front-loaded pick: lower indexes come more often, as common names do. */
  pickSkewed<T>(values: readonly T[], skew: number): T {
    return values[Math.floor(Math.pow(this.next(), skew) * values.length)];
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i += 1) text += String(Math.floor(this.next() * 10));
    return text;
  }
}

/** Draws keys by weight in O(log n): channel mixes, communes by population. */
export class WeightedPick<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(private readonly entries: readonly (readonly [T, number])[]) {
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
    this.total = sum;
  }

  draw(random: SeedRandom): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.entries[low][0];
  }
}

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
