import { spawnProcess } from '@gru/testing';
import { resolve } from 'node:path';
import { territoryDatabase, TerritoryDatabase } from '../testing/territory-database.fixture';

const ROOT = resolve(__dirname, '../../../..');

/** The CLIs as an operator runs them, from the build (global setup runs `npm run build`). */
async function run(cli: 'import-territory' | 'check-territory', databaseUrl: string) {
  const started = spawnProcess(
    process.execPath,
    [resolve(ROOT, `dist/libs/territory/src/cli/${cli}.js`)],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    },
  );
  const code = await started.exited;
  return { code, output: started.output() };
}

describe('territory:import then territory:check, from an empty database (acceptance)', () => {
  let db: TerritoryDatabase;

  beforeAll(async () => {
    db = await territoryDatabase();
  });

  afterAll(() => db.close());

  it('checks the antenna file before anything is imported', async () => {
    const check = await run('check-territory', db.database.url);
    expect(check.code).toBe(0);
    expect(check.output).toContain('territoire non importé en base');
  });

  it('imports, then finds every commune with exactly one antenna or the headquarters', async () => {
    const imported = await run('import-territory', db.database.url);
    expect(imported.code).toBe(0);
    expect(imported.output).toContain('Premier import : @etalab/decoupage-administratif 6.0.0');

    const check = await run('check-territory', db.database.url);
    expect(check.code).toBe(0);
    expect(check.output).toContain('Périmètre en base : version 1');
    expect(check.output).toContain('OK : 3782 communes, chacune couverte exactement une fois');

    const holdersPerCommune = await db.dataSource.query<{ holders: string; communes: string }[]>(`
      SELECT holders, count(*) AS communes FROM (
        SELECT c.insee_code, count(a.holder_id) AS holders
        FROM communes c
        LEFT JOIN perimeter_assignments a ON a.epci_siren = c.epci_siren AND a.version_id = 1
        GROUP BY c.insee_code) per_commune
      GROUP BY holders`);
    expect(holdersPerCommune).toEqual([{ holders: '1', communes: '3782' }]);

    const [population] = await db.dataSource.query<{ held: string; region: string }[]>(`
      SELECT (SELECT sum(c.population) FROM communes c
              JOIN perimeter_assignments a ON a.epci_siren = c.epci_siren AND a.version_id = 1
              JOIN perimeter_holders h ON h.id = a.holder_id) AS held,
             (SELECT sum(population) FROM communes) AS region`);
    expect(population).toEqual({ held: '5992194', region: '5992194' });
  });

  it('says so when a second import has nothing to change', async () => {
    const again = await run('import-territory', db.database.url);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/^Aucun changement/);
  });

  it('exits non-zero and lists the gaps when the stored perimeter leaves communes uncovered', async () => {
    await db.dataSource.query(
      `DELETE FROM perimeter_assignments WHERE version_id = 1 AND epci_siren = '248000531'`,
    );
    const check = await run('check-territory', db.database.url);
    expect(check.code).toBe(1);
    expect(check.output).toContain('Lacunes : 39 commune(s)');
    expect(check.output).toContain('  80021 Amiens (EPCI 248000531)');
  });
});
