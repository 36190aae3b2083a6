import { ALL_ROLES, Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

const BAD_POSTCODE = {
  statusCode: 400,
  code: 'invalid-postcode',
  messageFr: 'Code postal invalide : cinq chiffres attendus, par exemple 80000.',
  messageEn: 'Invalid postcode: expected five digits, e.g. 80000.',
};
const CA_AMIENS = '248000531';

interface Holder {
  readonly id: string;
  readonly kind: string;
  readonly population: number;
}
// The EPCI of Cramont, the one commune of 80370 on the Abbeville side.
const CC_PONTHIEU_MARQUENTERRE = '200070936';

describe('territory reference over HTTP, booted from config/antennas.json (nothing imported)', () => {
  let api: TestApi;
  let agent: string;

  beforeAll(async () => {
    api = await startTestApi();
    agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
  });

  afterAll(() => api.close());

  const get = (path: string, token = agent) =>
    api.http().get(path).set('Authorization', `Bearer ${token}`);

  it('resolves 80370 to Amiens and Abbeville and says the caller must be asked', async () => {
    const { body } = await get('/api/territory/postcodes/80370').expect(200);
    expect(Object.keys(body).sort()).toEqual(
      ['ambiguous', 'antennaIds', 'communes', 'inRegion', 'postcode'].sort(),
    );
    expect(body).toMatchObject({ postcode: '80370', inRegion: true, ambiguous: true });
    expect(body.antennaIds).toEqual(['abbeville', 'amiens']);
    expect(body.communes).toContainEqual({
      inseeCode: '80221',
      name: 'Cramont',
      epciSiren: CC_PONTHIEU_MARQUENTERRE,
      antennaId: 'abbeville',
      population: 304,
    });
  });

  it('resolves 02290, spread over two EPCIs of the Soissons antenna, to that antenna alone', async () => {
    const { body } = await get('/api/territory/postcodes/02290').expect(200);
    const communes = body.communes as { epciSiren: string }[];
    expect(new Set(communes.map((c) => c.epciSiren)).size).toBe(2);
    expect(body).toMatchObject({ ambiguous: false, antennaIds: ['soissons'] });
  });

  it('keeps the leading zero of 02000 (Laon) and resolves Lille to the headquarters', async () => {
    const laon = await get('/api/territory/postcodes/02000').expect(200);
    expect(laon.body.postcode).toBe('02000');
    expect(laon.body.antennaIds).toContain('laon');
    const lille = await get('/api/territory/postcodes/59000').expect(200);
    expect(lille.body).toMatchObject({ ambiguous: false, antennaIds: ['siege-lille'] });
  });

  it.each(['75001', '97100', '20000'])('answers %s with 200 and inRegion: false', async (code) => {
    const { body } = await get(`/api/territory/postcodes/${code}`).expect(200);
    expect(body).toEqual({
      postcode: code,
      inRegion: false,
      communes: [],
      antennaIds: [],
      ambiguous: false,
    });
  });

  it.each([
    ['four digits', '8010'],
    ['a space inside', '80%20100'],
    ['a letter', '8010A'],
    ['six digits', '801000'],
    ['a lone space', '%20'],
  ])('refuses a postcode with %s: 400 in French and English', async (_case, path) => {
    const { body } = await get(`/api/territory/postcodes/${path}`).expect(400);
    expect(body).toMatchObject(BAD_POSTCODE);
    expect(body.message).toContain('cinq chiffres');
    expect(body.message).toContain('five digits');
    expect(typeof body.requestId).toBe('string');
  });

  it('answers an empty postcode segment with 404 from routing', async () => {
    await get('/api/territory/postcodes/').expect(404);
  });

  it('asks for a token, and lets every staff role read', async () => {
    await api.http().get('/api/territory/postcodes/80000').expect(401);
    for (const role of ALL_ROLES) {
      await get(
        '/api/territory/antennas',
        await api.tokenFor({ role, antennaId: 'amiens' }),
      ).expect(200);
    }
  });

  it('returns a commune with its EPCI and antenna, 404 for an unknown one', async () => {
    const { body } = await get('/api/territory/communes/80021').expect(200);
    expect(body).toMatchObject({
      inseeCode: '80021',
      name: 'Amiens',
      postcodes: ['80000', '80080', '80090'],
      epci: { siren: CA_AMIENS, name: 'CA Amiens Métropole' },
      antennaId: 'amiens',
      antenna: { id: 'amiens', kind: 'antenna', town: 'Amiens' },
    });
    const lille = await get('/api/territory/communes/59350').expect(200);
    expect(lille.body.antenna).toMatchObject({ id: 'siege-lille', kind: 'headquarters' });
    const unknown = await get('/api/territory/communes/75056').expect(404);
    expect(unknown.body.code).toBe('not-found');
  });

  it('lists 19 antennas with counts, population and manager partners, then the headquarters', async () => {
    const body = (await get('/api/territory/antennas').expect(200)).body as Holder[];
    expect(body).toHaveLength(20);
    expect(body.filter((holder) => holder.kind === 'antenna')).toHaveLength(19);
    expect(body[19]).toMatchObject({ id: 'siege-lille', kind: 'headquarters', staffing: null });
    expect(body.find((holder) => holder.id === 'clermont')).toMatchObject({
      communeCount: 250,
      population: 406_132,
      sharedManagerWith: ['vallee-de-l-oise', 'grandvilliers'],
    });
    const total = body.reduce((sum, holder) => sum + holder.population, 0);
    expect(total).toBe(5_992_194);
  });

  it('details one antenna with its EPCIs and communes, 404 for an unknown id', async () => {
    const { body } = await get('/api/territory/antennas/soissons').expect(200);
    expect(body.epcis).toHaveLength(4);
    expect(body.communes).toHaveLength(body.communeCount);
    await get('/api/territory/antennas/equipe-mobile').expect(404);
  });

  it('lists no perimeter version and refuses a change until the territory is imported', async () => {
    const { body } = await get('/api/territory/perimeters').expect(200);
    expect(body).toEqual({ currentVersionId: null, versions: [] });
    const admin = await api.tokenFor({ role: Role.Admin });
    const response = await api
      .http()
      .put('/api/territory/perimeters')
      .set('Authorization', `Bearer ${admin}`)
      .send({ effectiveFrom: new Date().toISOString(), reason: 'essai', assignments: {} })
      .expect(409);
    expect(response.body.message).toContain('territory:import');
  });
});
