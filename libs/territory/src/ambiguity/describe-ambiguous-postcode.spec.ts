import { realAntennaFile, realOfficialTerritory } from '../testing/real-territory.fixture';
import { TerritoryIndex } from '../territory-index/territory-index';
import { PostcodeResolution } from '../territory-index/territory-index.types';
import { describeAmbiguousPostcode } from './describe-ambiguous-postcode';

describe('describeAmbiguousPostcode', () => {
  const index = TerritoryIndex.build(realOfficialTerritory(), realAntennaFile());

  it('splits 80370 into the Amiens majority and Cramont, the one commune that makes the difference', () => {
    const description = describeAmbiguousPostcode(index.resolvePostcode('80370'));
    expect(description.postcode).toBe('80370');
    expect(
      description.antennas.map((antenna) => [
        antenna.antennaId,
        antenna.communes.length,
        antenna.population,
      ]),
    ).toEqual([
      ['amiens', 18, 3_431],
      ['abbeville', 1, 304],
    ]);
    expect(description.antennas[1]?.communes).toEqual([
      { inseeCode: '80221', name: 'Cramont', population: 304 },
    ]);
  });

  it('lists each antenna’s communes largest first, so the voice menu can name the best-known ones', () => {
    const description = describeAmbiguousPostcode(index.resolvePostcode('02000'));
    const laon = description.antennas.find((antenna) => antenna.antennaId === 'laon');
    expect(laon?.communes[0]?.name).toBe('Laon');
    for (const antenna of description.antennas) {
      const populations = antenna.communes.map((commune) => commune.population);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
    }
    expect(
      description.antennas
        .find((antenna) => antenna.antennaId === 'soissons')
        ?.communes.map((c) => c.name),
    ).toEqual(['Chavignon', 'Pargny-et-Filain', 'Monampteuil']);
  });

  it('gives three groups for a postcode shared by three antennas, with totals that add up', () => {
    const resolution = index.resolvePostcode('62144');
    const description = describeAmbiguousPostcode(resolution);
    expect(description.antennas.map((antenna) => antenna.antennaId)).toEqual([
      'arras',
      'bassin-minier',
      'frevent',
    ]);
    const total = resolution.communes.reduce((sum, commune) => sum + commune.population, 0);
    expect(description.antennas.reduce((sum, antenna) => sum + antenna.population, 0)).toBe(total);
  });

  it('covers every commune of every ambiguous postcode of the region exactly once', () => {
    for (const postcode of index.postcodes()) {
      const resolution = index.resolvePostcode(postcode);
      if (!resolution.ambiguous) {
        continue;
      }
      const description = describeAmbiguousPostcode(resolution);
      expect(description.antennas.map((antenna) => antenna.antennaId).sort()).toEqual(
        resolution.antennaIds,
      );
      expect(description.antennas.flatMap((antenna) => antenna.communes)).toHaveLength(
        resolution.communes.length,
      );
    }
  });

  it('gives a single group for an unambiguous postcode and none outside the region', () => {
    expect(describeAmbiguousPostcode(index.resolvePostcode('59000')).antennas).toEqual([
      {
        antennaId: 'siege-lille',
        population: 238_246,
        communes: [{ inseeCode: '59350', name: 'Lille', population: 238_246 }],
      },
    ]);
    expect(describeAmbiguousPostcode(index.resolvePostcode('75001')).antennas).toEqual([]);
  });

  it('breaks population ties by commune name, so the order never depends on the data file order', () => {
    const resolution: PostcodeResolution = {
      postcode: '99999',
      inRegion: true,
      ambiguous: false,
      antennaIds: ['x'],
      communes: [
        {
          inseeCode: '00002',
          name: 'Écoust',
          epciSiren: '000000001',
          antennaId: 'x',
          population: 10,
        },
        {
          inseeCode: '00001',
          name: 'Zutkerque',
          epciSiren: '000000001',
          antennaId: 'x',
          population: 10,
        },
        { inseeCode: '00003', name: 'Acq', epciSiren: '000000001', antennaId: 'x', population: 10 },
      ],
    };
    expect(describeAmbiguousPostcode(resolution).antennas[0]?.communes.map((c) => c.name)).toEqual([
      'Acq',
      'Écoust',
      'Zutkerque',
    ]);
  });
});
