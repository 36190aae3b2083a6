import { realOfficialTerritory } from '../testing/real-territory.fixture';

describe('loadOfficialTerritory', () => {
  const official = realOfficialTerritory();

  it('names the pinned package and version it read', () => {
    expect(official.source).toBe('@etalab/decoupage-administratif 6.0.0');
    expect(official.regionCode).toBe('32');
  });

  it('keeps the 3,782 current communes of the five départements of Hauts-de-France', () => {
    expect(official.communes).toHaveLength(3782);
    expect(new Set(official.communes.map((commune) => commune.departmentCode))).toEqual(
      new Set(['02', '59', '60', '62', '80']),
    );
  });

  it('leaves out communes déléguées and associées, which reuse the INSEE code of their parent', () => {
    const inseeCodes = official.communes.map((commune) => commune.inseeCode);
    expect(new Set(inseeCodes).size).toBe(inseeCodes.length);
    // 02018 is both a commune nouvelle and one of its communes déléguées in the data.
    const anizy = official.communes.filter((commune) => commune.inseeCode === '02018');
    expect(anizy).toHaveLength(1);
    expect(anizy[0]?.postcodes.length).toBeGreaterThan(0);
  });

  it('keeps postcodes as five-character strings with their leading zero', () => {
    const laon = official.communes.find((commune) => commune.inseeCode === '02408');
    expect(laon).toMatchObject({ name: 'Laon', departmentCode: '02', postcodes: ['02000'] });
    for (const commune of official.communes) {
      for (const postcode of commune.postcodes) {
        expect(postcode).toMatch(/^[0-9]{5}$/);
      }
    }
  });

  it('gives every commune a population and the 5,992,194 inhabitants of the region in total', () => {
    const total = official.communes.reduce((sum, commune) => sum + commune.population, 0);
    expect(total).toBe(5_992_194);
    expect(official.communes.find((commune) => commune.inseeCode === '80021')).toMatchObject({
      name: 'Amiens',
      postcodes: ['80000', '80080', '80090'],
    });
  });

  it('lists the 92 EPCIs that have a commune in the region, each commune in exactly one of them', () => {
    expect(official.epcis).toHaveLength(92);
    const memberships = official.epcis.flatMap((epci) => epci.memberInseeCodes);
    expect(memberships).toHaveLength(3782);
    expect(new Set(memberships).size).toBe(3782);
    for (const commune of official.communes) {
      const epci = official.epcis.find((candidate) => candidate.siren === commune.epciSiren);
      expect(epci?.memberInseeCodes).toContain(commune.inseeCode);
    }
  });

  it('keeps only the Hauts-de-France members of the two EPCIs that straddle Normandy', () => {
    const straddling = official.epcis.filter((epci) => epci.outOfRegionMemberCount > 0);
    expect(
      straddling.map((epci) => [
        epci.siren,
        epci.memberInseeCodes.length,
        epci.outOfRegionMemberCount,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['200069722', 10, 34],
        ['247600588', 13, 15],
      ]),
    );
    expect(straddling).toHaveLength(2);
  });
});
