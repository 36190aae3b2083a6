import { DataSource } from 'typeorm';
import { importTerritory } from '../import/import-territory';
import { epciSirensByHolderOf } from '../perimeter/perimeter-assignments';
import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import { Epci } from '../persistence/epci.entity';
import {
  CC_PONTHIEU_MARQUENTERRE,
  withMergedEpcis,
} from '../testing/doctored-official-territory.fixture';
import {
  realAntennaFile,
  realOfficialTerritory,
  withEpcis,
} from '../testing/real-territory.fixture';
import { territoryDatabase, TerritoryDatabase } from '../testing/territory-database.fixture';
import { PerimeterHistoryRepository } from './perimeter-history.repository';

const CA_BAIE_DE_SOMME = '200070993';
const MERGED = { siren: '200099999', name: 'CA Baie de Somme - Ponthieu (fusion fictive)' };

describe('perimeter versions and perimeterAt (real PostgreSQL)', () => {
  let db: TerritoryDatabase;
  let dataSource: DataSource;
  let history: PerimeterHistoryRepository;
  const official = realOfficialTerritory();
  const file = realAntennaFile();
  const moved = withEpcis(
    withEpcis(file, 'abbeville', (sirens) => sirens.filter((s) => s !== CC_PONTHIEU_MARQUENTERRE)),
    'amiens',
    (sirens) => [...sirens, CC_PONTHIEU_MARQUENTERRE],
  );
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    db = await territoryDatabase();
    dataSource = db.dataSource;
    history = new PerimeterHistoryRepository(dataSource.manager);
  });

  afterAll(() => db.close());

  it('dates version 1 from the organisation the antenna file describes', async () => {
    await importTerritory(dataSource, {
      official,
      antennaFile: file,
      now: at('2024-01-10T09:00:00Z'),
    });
    const first = await history.perimeterAt(at('2023-03-15T10:00:00Z'));
    expect(first?.version).toMatchObject({
      id: 1,
      origin: 'antenna-file',
      createdBy: null,
      effectiveFrom: at('2022-06-16T00:00:00Z'),
    });
    expect(await history.perimeterAt(at('2022-06-15T23:59:59Z'))).toBeNull();
  });

  it('creates a version only when the file assigns an EPCI differently', async () => {
    const report = await importTerritory(dataSource, {
      official,
      antennaFile: moved,
      now: at('2024-03-01T00:00:00Z'),
    });
    expect(report.perimeter).toEqual({
      versionId: 2,
      created: true,
      changes: [{ epciSiren: CC_PONTHIEU_MARQUENTERRE, from: 'abbeville', to: 'amiens' }],
    });
    const again = await importTerritory(dataSource, {
      official,
      antennaFile: moved,
      now: at('2024-04-01T00:00:00Z'),
    });
    expect(again.perimeter).toMatchObject({ versionId: 2, created: false });
    const back = await importTerritory(dataSource, {
      official,
      antennaFile: file,
      now: at('2024-05-01T00:00:00Z'),
    });
    expect(back.perimeter).toMatchObject({ versionId: 3, created: true });
  });

  it('explains a past routing: which holder had an EPCI on a given day', async () => {
    const holderOn = async (iso: string) =>
      (await history.perimeterAt(at(iso)))?.holderIdByEpci.get(CC_PONTHIEU_MARQUENTERRE);
    expect(await holderOn('2023-03-15T10:00:00Z')).toBe('abbeville');
    expect(await holderOn('2024-03-15T10:00:00Z')).toBe('amiens');
    expect(await holderOn('2024-06-01T10:00:00Z')).toBe('abbeville');
    expect((await history.list()).map((version) => version.id)).toEqual([3, 2, 1]);
    const version2 = await history.version(2);
    expect(version2?.epciSirensByHolder.get('amiens')).toEqual(moved.antennas[0]?.epciSirens);
  });

  it('does not undo an admin change when the unchanged file is imported again', async () => {
    await history.insert(
      {
        effectiveFrom: at('2024-06-01T00:00:00Z'),
        createdBy: null,
        reason: 'arbitrage',
        origin: 'admin',
      },
      epciSirensByHolderOf(moved),
    );
    const report = await importTerritory(dataSource, {
      official,
      antennaFile: file,
      now: at('2024-07-01T00:00:00Z'),
    });
    expect(report.perimeter.created).toBe(false);
    expect((await history.perimeterAt(at('2024-07-02T00:00:00Z')))?.version).toMatchObject({
      id: 4,
      origin: 'admin',
    });
  });

  it('takes a vintage that merges EPCIs only with an antenna file that names the merged EPCI', async () => {
    const merged = withMergedEpcis(official, [CC_PONTHIEU_MARQUENTERRE, CA_BAIE_DE_SOMME], MERGED);
    await expect(
      importTerritory(dataSource, { official: merged, antennaFile: file }),
    ).rejects.toThrow(PerimeterValidationError);
    const fixed = withEpcis(file, 'abbeville', (sirens) => [
      ...sirens.filter((s) => s !== CC_PONTHIEU_MARQUENTERRE && s !== CA_BAIE_DE_SOMME),
      MERGED.siren,
    ]);
    // A version scheduled later still names the old EPCIs: the whole import is rolled back.
    await history.insert(
      {
        effectiveFrom: at('2999-01-01T00:00:00Z'),
        createdBy: null,
        reason: 'plus tard',
        origin: 'admin',
      },
      epciSirensByHolderOf(file),
    );
    const refusal = importTerritory(dataSource, { official: merged, antennaFile: fixed });
    await expect(refusal).rejects.toThrow(/Perimeter version 5: Unknown EPCI SIREN 200070936/);
    expect(await dataSource.getRepository(Epci).findOneBy({ siren: MERGED.siren })).toBeNull();

    await dataSource.query('DELETE FROM perimeter_versions WHERE id = 5');
    const report = await importTerritory(dataSource, { official: merged, antennaFile: fixed });
    expect(report.official.epcisAdded).toEqual([{ code: MERGED.siren, name: MERGED.name }]);
    expect(report.official.epcisRemoved.map((epci) => epci.code).sort()).toEqual([
      CC_PONTHIEU_MARQUENTERRE,
      CA_BAIE_DE_SOMME,
    ]);
    expect(report.perimeter.created).toBe(true);
    expect(report.perimeter.changes).toEqual([
      { epciSiren: CC_PONTHIEU_MARQUENTERRE, from: 'amiens', to: null },
      { epciSiren: CA_BAIE_DE_SOMME, from: 'abbeville', to: null },
      { epciSiren: MERGED.siren, from: null, to: 'abbeville' },
    ]);
  });
});
