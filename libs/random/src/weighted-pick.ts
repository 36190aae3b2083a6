import type { SeededRandom } from './seeded-random';

/** Draws values by weight in O(log n): channel mixes, communes by population. */
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

  draw(random: SeededRandom): T {
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
