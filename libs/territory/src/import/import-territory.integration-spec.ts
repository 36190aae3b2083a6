import { DataSource } from 'typeorm';
import { CommunePostcode } from '../persistence/commune-postcode.entity';
import { Commune } from '../persistence/commune.entity';
import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import {
  CC_PONTHIEU_MARQUENTERRE,
  CC_TERRITOIRE_NORD_PICARDIE,
  CA_AMIENS,
  doctoredNextVintage,
} from '../testing/doctored-official-territory.fixture';
import {
  ANTENNA_FILE_PATH,
  realAntennaFile,
  realOfficialTerritory,
} from '../testing/real-territory.fixture';
import { territoryDatabase, TerritoryDatabase } from '../testing/territory-database.fixture';
import { loadCurrentTerritory } from '../territory-index/load-current-territory';
import { TerritoryIndex } from '../territory-index/territory-index';
import { formatImportReport } from './format-import-report';
import { importTerritory } from './import-territory';

const REAL_COUNTS = {
  communes: 3782,
  postcodes: 647,
  epcis: 92,
  activeHolders: 20,
  perimeterVersions: 1,
  population: 5_992_194,
};

describe('importTerritory (real PostgreSQL)', () => {
  let db: TerritoryDatabase;
  let dataSource: DataSource;
  const official = realOfficialTerritory();
  const antennaFile = realAntennaFile();

  beforeAll(async () => {
    db = await territoryDatabase();
    dataSource = db.dataSource;
  });

  afterAll(() => db.close());

  it('loads the region into an empty database and creates perimeter version 1', async () => {
    const report = await importTerritory(dataSource, { official, antennaFile });
    expect(report.changed).toBe(true);
    expect(report.official.communesAdded).toHaveLength(3782);
    expect(report.holders.added).toHaveLength(20);
    expect(report.perimeter).toMatchObject({ versionId: 1, created: true });
    expect(report.perimeter.changes).toHaveLength(92);
    expect(report.counts).toEqual(REAL_COUNTS);
    expect(await dataSource.getRepository(CommunePostcode).count()).toBe(3801);
  });

  it('changes nothing the second time, and says so', async () => {
    const report = await importTerritory(dataSource, { official, antennaFile });
    expect(report.changed).toBe(false);
    expect(report.perimeter).toEqual({ versionId: 1, created: false, changes: [] });
    expect(report.counts).toEqual(REAL_COUNTS);
    expect(formatImportReport(report)[0]).toBe(
      'Aucun changement : la base contient déjà @etalab/decoupage-administratif 6.0.0 et le ' +
        'périmètre de config/antennas.json (version 1).',
    );
  });

  it('builds, from the database, an index that answers exactly like the one built from the files', async () => {
    const current = await loadCurrentTerritory(dataSource.manager, ANTENNA_FILE_PATH);
    expect(current.origin).toMatchObject({ kind: 'database', version: { id: 1 } });
    const fromDatabase = TerritoryIndex.build(current.official, current.antennaFile);
    const fromFiles = TerritoryIndex.build(official, antennaFile);
    expect(fromDatabase.postcodes()).toEqual(fromFiles.postcodes());
    for (const postcode of fromFiles.postcodes()) {
      expect(fromDatabase.resolvePostcode(postcode)).toEqual(fromFiles.resolvePostcode(postcode));
    }
    expect(fromDatabase.communes()).toEqual(fromFiles.communes());
    expect(fromDatabase.antennas()).toEqual(fromFiles.antennas());
    expect(fromDatabase.antenna('soissons')).toEqual(fromFiles.antenna('soissons'));
    expect(fromDatabase.sharedManagerGroups()).toEqual(fromFiles.sharedManagerGroups());
  });

  it('applies a newer vintage and reports renames, merges and membership changes', async () => {
    const { official: next, absorbed, absorbing } = doctoredNextVintage(official);
    const report = await importTerritory(dataSource, { official: next, antennaFile });
    expect(report.changed).toBe(true);
    expect(report.official).toMatchObject({
      previousVintage: '@etalab/decoupage-administratif 6.0.0',
      vintage: '@etalab/decoupage-administratif 6.1.0-test',
      communesAdded: [],
      communesRemoved: [{ code: absorbed.inseeCode, name: absorbed.name }],
      communesRenamed: [{ code: '80221', from: 'Cramont', to: 'Cramont-en-Ponthieu' }],
      membershipChanges: [
        {
          inseeCode: '80221',
          name: 'Cramont-en-Ponthieu',
          fromEpci: CC_PONTHIEU_MARQUENTERRE,
          toEpci: CC_TERRITOIRE_NORD_PICARDIE,
        },
      ],
      populationChanges: 1,
      epcisRenamed: [
        { code: CA_AMIENS, from: 'CA Amiens Métropole', to: 'CA Amiens Métropole (nouveau nom)' },
      ],
    });
    expect(report.perimeter.created).toBe(false);
    expect(report.counts).toMatchObject({ communes: 3781, population: 5_992_194 });

    const communes = dataSource.getRepository(Commune);
    expect(await communes.findOneBy({ inseeCode: absorbed.inseeCode })).toBeNull();
    expect(await communes.findOneBy({ inseeCode: absorbing.inseeCode })).toMatchObject({
      population: absorbing.population + absorbed.population,
      vintage: '@etalab/decoupage-administratif 6.1.0-test',
    });
    const lines = formatImportReport(report);
    expect(lines).toContain(
      'Millésime : @etalab/decoupage-administratif 6.0.0 → @etalab/decoupage-administratif 6.1.0-test.',
    );
    expect(lines).toContain('  80221 Cramont → Cramont-en-Ponthieu');
    expect(lines).toContain(
      `  80221 Cramont-en-Ponthieu : ${CC_PONTHIEU_MARQUENTERRE} → ${CC_TERRITOIRE_NORD_PICARDIE}`,
    );

    // Cramont now belongs to an EPCI of the Amiens antenna: 80370 is no longer split.
    const current = await loadCurrentTerritory(dataSource.manager, ANTENNA_FILE_PATH);
    const index = TerritoryIndex.build(current.official, current.antennaFile);
    expect(index.resolvePostcode('80370')).toMatchObject({
      ambiguous: false,
      antennaIds: ['amiens'],
    });
    expect(index.commune(absorbed.inseeCode)).toBeUndefined();

    const again = await importTerritory(dataSource, { official: next, antennaFile });
    expect(again.changed).toBe(false);
  });

  it('goes back to the real vintage, the absorbed commune coming back with its postcodes', async () => {
    const { absorbed } = doctoredNextVintage(official);
    const report = await importTerritory(dataSource, { official, antennaFile });
    expect(report.official.communesAdded).toEqual([
      { code: absorbed.inseeCode, name: absorbed.name },
    ]);
    expect(report.counts).toEqual(REAL_COUNTS);
    expect(
      await dataSource.getRepository(CommunePostcode).findBy({ inseeCode: absorbed.inseeCode }),
    ).toHaveLength(absorbed.postcodes.length);
  });

  it('refuses an antenna file that does not cover the data, and writes nothing', async () => {
    const broken = {
      ...antennaFile,
      antennas: antennaFile.antennas.map((antenna) =>
        antenna.id === 'amiens'
          ? { ...antenna, epciSirens: antenna.epciSirens.filter((siren) => siren !== CA_AMIENS) }
          : antenna,
      ),
    };
    await expect(importTerritory(dataSource, { official, antennaFile: broken })).rejects.toThrow(
      PerimeterValidationError,
    );
    const report = await importTerritory(dataSource, { official, antennaFile });
    expect(report.changed).toBe(false);
  });
});
