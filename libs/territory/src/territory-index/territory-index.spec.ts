import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import {
  realAntennaFile,
  realOfficialTerritory,
  withEpcis,
} from '../testing/real-territory.fixture';
import { TerritoryIndex } from './territory-index';

describe('TerritoryIndex on the real data', () => {
  const official = realOfficialTerritory();
  const file = realAntennaFile();
  const index = TerritoryIndex.build(official, file);
  const holderIds = new Set(index.antennas().map((holder) => holder.id));
  const resolutions = index.postcodes().map((postcode) => index.resolvePostcode(postcode));

  it('builds from already-loaded data in well under a second', () => {
    const start = performance.now();
    TerritoryIndex.build(official, file);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('maps every commune of the region to exactly one antenna or the headquarters', () => {
    expect(index.communes()).toHaveLength(3782);
    for (const commune of index.communes()) {
      expect(holderIds.has(commune.antennaId ?? '')).toBe(true);
    }
    const communeCounts = index.antennas().reduce((sum, holder) => sum + holder.communeCount, 0);
    expect(communeCounts).toBe(3782);
    expect(index.coverageReport()).toEqual({ gaps: [], overlaps: [], problems: [] });
  });

  it("adds up the population of the antennas and the headquarters to the region's population", () => {
    const regionPopulation = official.communes.reduce(
      (sum, commune) => sum + commune.population,
      0,
    );
    const covered = index.antennas().reduce((sum, holder) => sum + holder.population, 0);
    expect(covered).toBe(regionPopulation);
    expect(covered).toBe(5_992_194);
  });

  it('lists the 19 antennas as antennas and the Lille head office as headquarters', () => {
    const kinds = index.antennas().map((holder) => holder.kind);
    expect(kinds.filter((kind) => kind === 'antenna')).toHaveLength(19);
    expect(index.antennas().filter((holder) => holder.kind === 'headquarters')).toEqual([
      expect.objectContaining({
        id: 'siege-lille',
        status: 'headquarters',
        staffing: null,
        communeCount: 133,
      }),
    ]);
    expect(index.headquartersId).toBe('siege-lille');
    expect(index.antenna('equipe-mobile')).toBeUndefined();
    expect(index.mobileTeam().id).toBe('equipe-mobile');
  });

  it('gives each antenna its shared-manager partners, its commune count and the population it covers', () => {
    expect(index.antenna('clermont')).toMatchObject({
      kind: 'antenna',
      sharedManagerWith: ['vallee-de-l-oise', 'grandvilliers'],
      communeCount: 250,
      population: 406_132,
    });
    expect(index.antenna('abbeville')?.sharedManagerWith).toEqual([]);
  });

  it("details an antenna's EPCIs and communes", () => {
    const soissons = index.antenna('soissons');
    expect(soissons?.epcis.map((epci) => epci.siren)).toEqual([
      '240200477',
      '240200501',
      '200071991',
      '240200519',
    ]);
    expect(soissons?.epcis.reduce((sum, epci) => sum + epci.communeCount, 0)).toBe(
      soissons?.communeCount,
    );
    expect(soissons?.communes).toContainEqual(
      expect.objectContaining({ inseeCode: '02722', name: 'Soissons' }),
    );
    expect(soissons?.communes.every((commune) => commune.antennaId === 'soissons')).toBe(true);
  });

  it('finds a commune by INSEE code with its EPCI and antenna', () => {
    expect(index.commune('80021')).toMatchObject({
      name: 'Amiens',
      departmentCode: '80',
      postcodes: ['80000', '80080', '80090'],
      epci: { siren: '248000531', name: 'CA Amiens Métropole' },
      antennaId: 'amiens',
    });
    expect(index.commune('75056')).toBeUndefined();
  });

  it('knows the 647 postcodes of the region and resolves each to at least one antenna', () => {
    expect(index.postcodes()).toHaveLength(647);
    for (const resolution of resolutions) {
      expect(resolution.inRegion).toBe(true);
      expect(resolution.antennaIds.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('finds 69 postcodes shared between antennas, 4 of them between three', () => {
    const ambiguous = resolutions.filter((resolution) => resolution.ambiguous);
    expect(ambiguous).toHaveLength(69);
    expect(
      ambiguous
        .filter((resolution) => resolution.antennaIds.length === 3)
        .map((r) => r.postcode)
        .sort(),
    ).toEqual(['02270', '02300', '62144', '80160']);
    const severalEpcisOneAntenna = resolutions.filter(
      (resolution) =>
        !resolution.ambiguous && new Set(resolution.communes.map((c) => c.epciSiren)).size > 1,
    );
    expect(severalEpcisOneAntenna).toHaveLength(98);
  });

  it('resolves 80370 to Amiens and Abbeville, Cramont being the only commune on the Abbeville side', () => {
    const resolution = index.resolvePostcode('80370');
    expect(resolution).toMatchObject({
      inRegion: true,
      ambiguous: true,
      antennaIds: ['abbeville', 'amiens'],
    });
    expect(resolution.communes).toHaveLength(19);
    expect(resolution.communes.filter((commune) => commune.antennaId === 'abbeville')).toEqual([
      {
        inseeCode: '80221',
        name: 'Cramont',
        epciSiren: '200070936',
        antennaId: 'abbeville',
        population: 304,
      },
    ]);
  });

  it('resolves 62144 to three antennas', () => {
    expect(index.resolvePostcode('62144').antennaIds).toEqual([
      'arras',
      'bassin-minier',
      'frevent',
    ]);
  });

  it('resolves a postcode shared by the headquarters area and an antenna to both ids', () => {
    const resolution = index.resolvePostcode('59310');
    expect(resolution).toMatchObject({
      ambiguous: true,
      antennaIds: ['siege-lille', 'valenciennois'],
    });
    expect(resolution.communes.find((commune) => commune.name === 'Orchies')?.antennaId).toBe(
      'siege-lille',
    );
  });

  it('resolves a Lille postcode to the headquarters alone', () => {
    expect(index.resolvePostcode('59000')).toMatchObject({
      inRegion: true,
      ambiguous: false,
      antennaIds: ['siege-lille'],
      communes: [expect.objectContaining({ inseeCode: '59350', name: 'Lille' })],
    });
  });

  it('does not call a postcode ambiguous when its two EPCIs belong to the same antenna', () => {
    const resolution = index.resolvePostcode('02290');
    expect(new Set(resolution.communes.map((commune) => commune.epciSiren))).toEqual(
      new Set(['200071991', '240200477']),
    );
    expect(resolution).toMatchObject({ ambiguous: false, antennaIds: ['soissons'] });
  });

  it("resolves 02000 to Laon's antenna, keeping the leading zero", () => {
    const resolution = index.resolvePostcode('02000');
    expect(resolution.postcode).toBe('02000');
    expect(resolution.antennaIds).toContain('laon');
    expect(resolution.communes.find((commune) => commune.inseeCode === '02408')?.antennaId).toBe(
      'laon',
    );
    expect(index.commune('02408')?.antennaId).toBe('laon');
    // 02000 is ambiguous all the same: three small communes share it but belong to Soissons.
    expect(
      resolution.communes.filter((commune) => commune.antennaId === 'soissons').map((c) => c.name),
    ).toEqual(['Chavignon', 'Monampteuil', 'Pargny-et-Filain']);
  });

  it.each(['75001', '97100', '20000'])('says %s is not in the region', (postcode) => {
    expect(index.resolvePostcode(postcode)).toEqual({
      postcode,
      inRegion: false,
      communes: [],
      antennaIds: [],
      ambiguous: false,
    });
  });

  it('answers from precomputed, frozen objects', () => {
    const resolution = index.resolvePostcode('80370');
    expect(index.resolvePostcode('80370')).toBe(resolution);
    expect(Object.isFrozen(resolution)).toBe(true);
    expect(Object.isFrozen(resolution.communes)).toBe(true);
    expect(Object.isFrozen(resolution.communes[0])).toBe(true);
    expect(Object.isFrozen(index.antenna('amiens')?.communes)).toBe(true);
    expect(Object.isFrozen(index.commune('80021')?.epci)).toBe(true);
    expect(Object.isFrozen(index.resolvePostcode('75001').communes)).toBe(true);
  });
});

describe('TerritoryIndex on a doctored antenna file', () => {
  const official = realOfficialTerritory();
  const CA_AMIENS = '248000531';
  const CU_ARRAS = '200033579';
  const doctored = withEpcis(
    withEpcis(realAntennaFile(), 'amiens', (sirens) =>
      sirens.filter((siren) => siren !== CA_AMIENS),
    ),
    'frevent',
    (sirens) => [...sirens, CU_ARRAS],
  );

  it('refuses to build in strict mode', () => {
    expect(() => TerritoryIndex.build(official, doctored)).toThrow(PerimeterValidationError);
  });

  it('builds in report mode and lists the gaps and the overlaps', () => {
    const index = TerritoryIndex.build(official, doctored, { mode: 'report' });
    const report = index.coverageReport();
    expect(report.gaps).toContainEqual({
      inseeCode: '80021',
      name: 'Amiens',
      epciSiren: CA_AMIENS,
    });
    expect(report.gaps.every((gap) => gap.epciSiren === CA_AMIENS)).toBe(true);
    expect(report.overlaps).toContainEqual({
      inseeCode: '62041',
      name: 'Arras',
      epciSiren: CU_ARRAS,
      antennaIds: ['arras', 'frevent'],
    });
    expect(report.problems.map((problem) => problem.kind)).toContain('epci-assigned-twice');
  });

  it('leaves gap communes without an antenna and out of the antenna ids of their postcode', () => {
    const index = TerritoryIndex.build(official, doctored, { mode: 'report' });
    expect(index.commune('80021')?.antennaId).toBeNull();
    expect(index.resolvePostcode('80000')).toMatchObject({
      inRegion: true,
      antennaIds: [],
      ambiguous: false,
    });
  });
});
