export { SeededRandom } from './seeded-random';
export { WeightedPick } from './weighted-pick';
