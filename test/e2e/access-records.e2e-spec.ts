import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

/** Links between records of different antennas: what a body names must be the caller's to name. */
describe('records of another antenna named in a body', () => {
  let api: TestApi;
  let agentAmiens: string;
  let agentLille: string;
  let mobile: string;
  let amiensCitizenId: string;
  let lilleCitizenId: string;
  let lilleRequestId: string;

  beforeAll(async () => {
    api = await startTestApi();
    [agentAmiens, agentLille, mobile] = await Promise.all([
      api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }),
      api.tokenFor({ role: Role.Agent, antennaId: 'siege-lille' }),
      api.tokenFor({ role: Role.Agent, mobileTeam: true }),
    ]);
    const amiens = await as(agentAmiens)
      .post('/api/citizens', { lastName: 'Dubois', inseeCode: '80021' })
      .expect(201);
    amiensCitizenId = amiens.body.id as string;
    const lille = await as(agentLille)
      .post('/api/citizens', {
        firstName: 'Inès',
        lastName: 'Vasseur',
        phone: '06 71 72 73 74',
        email: 'ines.vasseur@example.fr',
        inseeCode: '59350',
      })
      .expect(201);
    expect(lille.body.antennaId).toBe('siege-lille');
    lilleCitizenId = lille.body.id as string;
    const request = await as(agentLille)
      .post('/api/requests', { citizenId: lilleCitizenId, channel: 'phone', subject: 'Aide' })
      .expect(201);
    lilleRequestId = request.body.id as string;
  });

  afterAll(() => api.close());

  const as = (token: string) => ({
    post: (path: string, body: object) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  it("refuses another antenna's contact to a caller who replays its external reference (point 2)", async () => {
    const lilleCall = await as(agentLille)
      .post('/api/contacts', {
        channel: 'phone',
        citizenId: lilleCitizenId,
        externalRef: 'CA0000000000000000000000000000lille',
      })
      .expect(201);
    const replay = await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'phone',
        citizenId: amiensCitizenId,
        externalRef: 'CA0000000000000000000000000000lille',
      })
      .expect(409);
    expect(JSON.stringify(replay.body)).not.toContain(lilleCall.body.id as string);
    expect(JSON.stringify(replay.body)).not.toContain(lilleCitizenId);
    // Its own antenna and the cross-antenna staff still get the first contact back.
    const again = await as(agentLille)
      .post('/api/contacts', {
        channel: 'phone',
        citizenId: lilleCitizenId,
        externalRef: 'CA0000000000000000000000000000lille',
      })
      .expect(200);
    expect(again.body.id).toBe(lilleCall.body.id);
    await as(mobile)
      .post('/api/contacts', {
        channel: 'phone',
        externalRef: 'CA0000000000000000000000000000lille',
      })
      .expect(200);
  });

  it("refuses to link another antenna's or another citizen's contact to a new request (point 3)", async () => {
    const lilleContact = await as(agentLille)
      .post('/api/contacts', { channel: 'visit', citizenId: lilleCitizenId })
      .expect(201);
    await as(agentAmiens)
      .post('/api/requests', {
        citizenId: amiensCitizenId,
        channel: 'visit',
        subject: 'Prise de contrôle',
        contactId: lilleContact.body.id,
      })
      .expect(403);
    // Even for staff who may read both, a contact stays with its citizen.
    const refused = await as(mobile)
      .post('/api/requests', {
        citizenId: amiensCitizenId,
        channel: 'visit',
        subject: 'Mauvais usager',
        contactId: lilleContact.body.id,
      })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('contactId');
    const timeline = await as(agentLille)
      .get(`/api/citizens/${lilleCitizenId}/timeline`)
      .expect(200);
    expect(timeline.body.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: lilleContact.body.id, requestId: null }),
      ]),
    );
    // The citizen's own contact is linked, once.
    const own = await as(agentAmiens)
      .post('/api/contacts', { channel: 'visit', citizenId: amiensCitizenId })
      .expect(201);
    await as(agentAmiens)
      .post('/api/requests', {
        citizenId: amiensCitizenId,
        channel: 'visit',
        subject: 'Demande au guichet',
        contactId: own.body.id,
      })
      .expect(201);
    await as(agentAmiens)
      .post('/api/requests', {
        citizenId: amiensCitizenId,
        channel: 'visit',
        subject: 'Deuxième rattachement',
        contactId: own.body.id,
      })
      .expect(409);
  });

  it('names as possible duplicates only the citizens the caller may read (point 4)', async () => {
    const created = await as(agentAmiens)
      .post('/api/citizens', {
        lastName: 'Vasseur',
        phone: '06 71 72 73 74',
        email: 'ines.vasseur@example.fr',
        inseeCode: '80021',
      })
      .expect(201);
    expect(created.body.possibleDuplicates).toEqual([]);
    expect(JSON.stringify(created.body)).not.toContain(lilleCitizenId);
    const regional = await as(mobile)
      .post('/api/citizens', { lastName: 'Vasseur', phone: '06 71 72 73 74', inseeCode: '80021' })
      .expect(201);
    expect(regional.body.possibleDuplicates).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: lilleCitizenId, strength: 'strong' })]),
    );
  });

  it("refuses a contact on another antenna's request or for another antenna (point 15)", async () => {
    await as(agentAmiens)
      .post('/api/contacts', { channel: 'visit', requestId: lilleRequestId })
      .expect(403);
    await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'visit',
        citizenId: amiensCitizenId,
        antennaId: 'siege-lille',
      })
      .expect(403);
    const request = await api
      .http()
      .get(`/api/requests/${lilleRequestId}`)
      .set('Authorization', `Bearer ${agentLille}`)
      .expect(200);
    expect(request.body.timeline).toBeDefined();
    const timeline = await as(agentLille)
      .get(`/api/citizens/${lilleCitizenId}/timeline`)
      .expect(200);
    expect(
      (timeline.body.contacts as { requestId: string | null }[]).filter(
        (contact) => contact.requestId === lilleRequestId,
      ),
    ).toEqual([]);
    // Cross-antenna staff keep their rights; a request names its own citizen.
    await as(mobile)
      .post('/api/contacts', {
        channel: 'visit',
        citizenId: lilleCitizenId,
        requestId: lilleRequestId,
        antennaId: 'siege-lille',
      })
      .expect(201);
    const mismatch = await as(mobile)
      .post('/api/contacts', {
        channel: 'visit',
        citizenId: amiensCitizenId,
        requestId: lilleRequestId,
      })
      .expect(400);
    expect(mismatch.body.errors[0].field).toBe('requestId');
  });

  it('assigns a request only to active staff of its antenna, an instructor or cross-antenna staff', async () => {
    const managerAmiens = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    const [lilleAgent, amiensAgent, instructor] = await Promise.all([
      api.createStaff({ role: Role.Agent, antennaId: 'siege-lille' }),
      api.createStaff({ role: Role.Agent, antennaId: 'amiens' }),
      api.createStaff({ role: Role.Instructor }),
    ]);
    const request = await as(agentAmiens)
      .post('/api/requests', { citizenId: amiensCitizenId, channel: 'web', subject: 'Attribution' })
      .expect(201);
    const assign = (userId: string) =>
      as(managerAmiens).post(`/api/requests/${request.body.id}/assign`, { userId });
    const refused = await assign(lilleAgent.id).expect(400);
    expect(refused.body.errors[0].field).toBe('userId');
    await assign('00000000-0000-4000-8000-000000000000').expect(400);
    await as(agentLille).get(`/api/requests/${request.body.id}`).expect(403);
    await assign(amiensAgent.id).expect(200);
    await assign(instructor.id).expect(200);
  });
});
