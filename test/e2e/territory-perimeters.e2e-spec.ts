import { AuditLogService } from '@gru/audit';
import { Role } from '@gru/auth';
import {
  importTerritory,
  loadAntennaFile,
  loadOfficialTerritory,
  TerritoryService,
} from '@gru/territory';
import { waitFor } from '@gru/testing';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

const CA_AMIENS = '248000531';
// The EPCI of Cramont, the one commune of 80370 on the Abbeville side.
const CC_PONTHIEU_MARQUENTERRE = '200070936';

interface Holder {
  readonly id: string;
  readonly epciSirens: string[];
}

describe('perimeter changes over HTTP, after territory:import', () => {
  let api: TestApi;
  /** A second API process on the same database and Redis, as in production. */
  let other: TestApi;
  let tokens: Record<'agent' | 'manager' | 'admin', string>;
  let perimeter: Record<string, string[]>;

  beforeAll(async () => {
    api = await startTestApi();
    await importTerritory(api.app.get(DataSource), {
      official: loadOfficialTerritory(),
      antennaFile: loadAntennaFile(resolve(__dirname, '../../config/antennas.json')),
    });
    await api.app.get(TerritoryService).refresh();
    other = await startTestApi({
      DATABASE_URL: api.database.url,
      REDIS_PREFIX: api.config.redis.keyPrefix,
      JWT_SECRET: api.config.auth.jwtSecret,
    });
    tokens = {
      agent: await api.tokenFor({ role: Role.Agent, antennaId: 'abbeville' }),
      manager: await api.tokenFor({ role: Role.Manager }),
      admin: await api.tokenFor({ role: Role.Admin }),
    };
    const holders = (await get('/api/territory/antennas').expect(200)).body as Holder[];
    perimeter = Object.fromEntries(holders.map((holder) => [holder.id, holder.epciSirens]));
  });

  afterAll(async () => {
    await other.close();
    await api.close();
  });

  const get = (path: string) => api.http().get(path).set('Authorization', `Bearer ${tokens.agent}`);
  const put = (body: object, token = tokens.admin) =>
    api.http().put('/api/territory/perimeters').set('Authorization', `Bearer ${token}`).send(body);
  const moving = (siren: string, from: string, to: string) => ({
    ...perimeter,
    [from]: perimeter[from].filter((s) => s !== siren),
    [to]: [...perimeter[to], siren],
  });

  it('serves the imported perimeter, version 1, as the current one', async () => {
    const { body } = await get('/api/territory/perimeters').expect(200);
    expect(body.currentVersionId).toBe(1);
    expect(body.versions).toEqual([
      expect.objectContaining({ id: 1, origin: 'antenna-file', createdBy: null }),
    ]);
  });

  it.each(['agent', 'manager'] as const)(
    'refuses a perimeter change from a %s: 403',
    async (who) => {
      const body = {
        effectiveFrom: new Date().toISOString(),
        reason: 'essai',
        assignments: perimeter,
      };
      await put(body, tokens[who]).expect(403);
    },
  );

  it('refuses with 422 a perimeter that leaves the communes of CA Amiens uncovered', async () => {
    const assignments = { ...perimeter, amiens: perimeter.amiens.filter((s) => s !== CA_AMIENS) };
    const { body } = await put({
      effectiveFrom: new Date().toISOString(),
      reason: 'x',
      assignments,
    }).expect(422);
    expect(body).toMatchObject({ statusCode: 422, code: 'invalid-perimeter' });
    expect(body.problems.length).toBeGreaterThan(30);
    expect(body.problems).toContainEqual(
      expect.objectContaining({
        kind: 'commune-uncovered',
        inseeCode: '80021',
        communeName: 'Amiens',
      }),
    );
  });

  it('refuses with 422 an unknown SIREN, an EPCI given twice and an unknown holder', async () => {
    const assignments = {
      ...perimeter,
      laon: [...perimeter.laon, '999999999', CA_AMIENS],
      'lille-sud': [],
    };
    const { body } = await put({
      effectiveFrom: new Date().toISOString(),
      reason: 'x',
      assignments,
    }).expect(422);
    expect((body.problems as { kind: string }[]).map((p) => p.kind).sort()).toEqual([
      'epci-assigned-twice',
      'unknown-epci',
      'unknown-holder',
    ]);
  });

  it('refuses a malformed body with 400 naming the fields', async () => {
    const { body } = await put({
      effectiveFrom: 'demain',
      reason: '',
      assignments: { amiens: ['123'] },
    }).expect(400);
    expect((body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'assignments',
      'effectiveFrom',
      'reason',
    ]);
  });

  it('stores a new version, routes by it at once and audits the change', async () => {
    const assignments = moving(CC_PONTHIEU_MARQUENTERRE, 'abbeville', 'amiens');
    const { body } = await put({
      effectiveFrom: new Date().toISOString(),
      reason: 'Ponthieu-Marquenterre rattachée à Amiens',
      assignments,
    }).expect(200);
    expect(body).toMatchObject({
      id: 2,
      origin: 'admin',
      reason: 'Ponthieu-Marquenterre rattachée à Amiens',
    });
    expect(body.changes).toEqual([
      { epciSiren: CC_PONTHIEU_MARQUENTERRE, from: 'abbeville', to: 'amiens' },
    ]);

    const resolution = await get('/api/territory/postcodes/80370').expect(200);
    expect(resolution.body).toMatchObject({ ambiguous: false, antennaIds: ['amiens'] });
    expect((await get('/api/territory/perimeters').expect(200)).body.currentVersionId).toBe(2);
    await waitFor(
      async () => {
        const elsewhere = await other
          .http()
          .get('/api/territory/postcodes/80370')
          .set('Authorization', `Bearer ${tokens.agent}`);
        return (elsewhere.body as { antennaIds: string[] }).antennaIds.join() === 'amiens';
      },
      5_000,
      'the other API process to rebuild its index',
    );

    const [entry] = await api.app
      .get(AuditLogService)
      .find({ resourceType: 'perimeter', resourceId: '2' });
    expect(entry).toMatchObject({ action: 'update', actorRole: 'admin' });
    expect(entry?.details).toMatchObject({ changes: body.changes });

    const service = api.app.get(TerritoryService);
    const march2023 = await service.perimeterAt(new Date('2023-03-15T10:00:00Z'));
    expect(march2023?.version.id).toBe(1);
    expect(march2023?.holderIdByEpci.get(CC_PONTHIEU_MARQUENTERRE)).toBe('abbeville');
    perimeter = assignments;
  });

  it('refuses an effective date in the past: history is never rewritten', async () => {
    const { body } = await put({
      effectiveFrom: '2023-01-01',
      reason: 'x',
      assignments: perimeter,
    }).expect(400);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'effectiveFrom' })]);
  });

  it('switches the index by itself when a scheduled version takes effect', async () => {
    const effectiveFrom = new Date(Date.now() + 1500);
    await put({
      effectiveFrom: effectiveFrom.toISOString(),
      reason: 'Retour à Abbeville',
      assignments: moving(CC_PONTHIEU_MARQUENTERRE, 'amiens', 'abbeville'),
    }).expect(200);
    expect((await get('/api/territory/postcodes/80370').expect(200)).body.ambiguous).toBe(false);
    await waitFor(
      async () => (await get('/api/territory/postcodes/80370')).body.ambiguous === true,
      10_000,
      'the scheduled perimeter version to take effect',
    );
  });
});
