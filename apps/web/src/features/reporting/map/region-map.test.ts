import { describe, expect, it } from '@jest/globals';
import { pathOf, projectionFor, radiusOf, type RegionMap } from './region-map';

const square: RegionMap = {
  source: 'test',
  departements: [
    {
      code: '99',
      name: 'Carré',
      rings: [
        [
          [2, 50],
          [3, 50],
          [3, 51],
          [2, 51],
          [2, 50],
        ],
      ],
    },
  ],
  communeCentres: { '99001': [2.5, 50.5] },
};

describe('the region map projection', () => {
  it('fits the outlines in the width, north up, a degree of longitude shorter than one of latitude', () => {
    const projection = projectionFor(square, 200, 0);
    expect(projection.point([2, 51])).toEqual([0, 0]);
    expect(projection.point([3, 51])).toEqual([200, 0]);
    // At 50.5° north a degree of longitude is cos(50.5°) ≈ 0.636 of a degree of latitude.
    expect(projection.height).toBe(Math.ceil(200 / Math.cos((50.5 * Math.PI) / 180)));
    expect(projection.point([2.5, 50.5])[1]).toBeCloseTo(projection.height / 2, 0);
  });

  it('draws each ring as one closed path', () => {
    const projection = projectionFor(square, 100, 0);
    expect(pathOf(square.departements[0]?.rings ?? [], projection)).toMatch(/^M0,\d+(\.\d)?L.*Z$/);
  });

  it('sizes bubbles by area, hides zero and keeps small figures visible', () => {
    expect(radiusOf(100, 100, 20)).toBe(20);
    expect(radiusOf(25, 100, 20)).toBe(10);
    expect(radiusOf(0, 100, 20)).toBe(0);
    expect(radiusOf(1, 100_000, 20)).toBe(2);
  });
});
