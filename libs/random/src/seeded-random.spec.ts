import { SeededRandom } from './seeded-random';
import { WeightedPick } from './weighted-pick';

const draws = (random: SeededRandom, count: number) =>
  Array.from({ length: count }, () => random.next());

describe('SeededRandom (the one seeded generator: simulation and volume seeder)', () => {
  it('replays the same sequence for the same seed, another for another seed', () => {
    expect(draws(new SeededRandom(42), 5)).toEqual(draws(new SeededRandom(42), 5));
    expect(draws(new SeededRandom(43), 5)).not.toEqual(draws(new SeededRandom(42), 5));
  });

  it('draws uniformly in [0, 1) and keeps the distributions it is asked for', () => {
    const random = new SeededRandom(7);
    const values = draws(random, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    expect(mean(values)).toBeCloseTo(0.5, 1);
    expect(mean(Array.from({ length: 20_000 }, () => random.exponential(30)))).toBeGreaterThan(28);
    expect(mean(Array.from({ length: 20_000 }, () => random.exponential(30)))).toBeLessThan(32);
    expect(mean(Array.from({ length: 20_000 }, () => random.lognormal(240, 0.6)))).toBeGreaterThan(
      228,
    );
    expect(mean(Array.from({ length: 20_000 }, () => random.lognormal(240, 0.6)))).toBeLessThan(
      252,
    );
    const ints = Array.from({ length: 1000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('picks by weight, never a weightless value', () => {
    const pick = new WeightedPick<string>([
      ['often', 3],
      ['never', 0],
      ['rarely', 1],
    ]);
    const random = new SeededRandom(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 8000; i += 1) {
      const value = pick.draw(random);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    expect((counts.get('often') ?? 0) / (counts.get('rarely') ?? 1)).toBeCloseTo(3, 0);
  });
});
