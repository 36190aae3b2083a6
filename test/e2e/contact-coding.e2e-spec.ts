import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

type Auth = { Authorization: string };

/** Coding a contact once it ends: reason, scheme, outcome, note, and the citizen and request it is about. */
describe('POST /api/contacts/{id}/coding', () => {
  let api: TestApi;
  let agent: Auth;
  let agentId: string;
  let citizenId: string;

  const auth = (token: string): Auth => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startTestApi();
    const member = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    agentId = member.id;
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: member.email, password: member.password })
      .expect(200);
    agent = auth(login.body.accessToken as string);
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(agent)
      .send({ firstName: 'Paul', lastName: 'Dumont', phone: '06 12 12 12 12', inseeCode: '80021' })
      .expect(201);
    citizenId = citizen.body.id as string;
  });

  afterAll(() => api.close());

  async function phoneContact(by: Auth = agent, citizen?: string): Promise<string> {
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(by)
      .send({ channel: 'phone', citizenId: citizen })
      .expect(201);
    return contact.body.id as string;
  }

  it("stores the agent's coding on the contact", async () => {
    const contactId = await phoneContact();
    const coded = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({
        reasonCode: 'application-help',
        aidSchemeSlug: 'aide-au-permis-de-conduire',
        outcome: 'transferred',
        note: '  Orienté vers le service instructeur  ',
        citizenId,
      })
      .expect(200);
    expect(coded.body).toMatchObject({
      id: contactId,
      reasonCode: 'application-help',
      aidSchemeSlug: 'aide-au-permis-de-conduire',
      outcome: 'transferred',
      note: 'Orienté vers le service instructeur',
      citizenId,
      agentUserId: agentId,
      details: expect.objectContaining({ codedByUserId: agentId }),
    });
  });

  it("links the request created from the contact for 'demande créée', and requires one", async () => {
    const contactId = await phoneContact();
    const missing = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({ reasonCode: 'information', outcome: 'request_created', citizenId })
      .expect(400);
    expect(missing.body.errors[0].field).toBe('requestId');
    const request = await api
      .http()
      .post('/api/requests')
      .set(agent)
      .send({ citizenId, channel: 'phone', subject: 'Aide au permis', contactId })
      .expect(201);
    const coded = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({ reasonCode: 'information', outcome: 'request_created', requestId: request.body.id })
      .expect(200);
    expect(coded.body).toMatchObject({ requestId: request.body.id, citizenId });
  });

  it("puts a scheduled callback on the antenna's callback list", async () => {
    const contactId = await phoneContact();
    const coded = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({ reasonCode: 'payment', outcome: 'callback_scheduled', citizenId })
      .expect(200);
    expect(coded.body.requestId).toEqual(expect.any(String));
    const callbacks = await api.http().get('/api/voice/callbacks').set(agent).expect(200);
    expect((callbacks.body as { id: string }[]).map((request) => request.id)).toContain(
      coded.body.requestId,
    );
    const noCitizen = await api
      .http()
      .post(`/api/contacts/${await phoneContact()}/coding`)
      .set(agent)
      .send({ reasonCode: 'payment', outcome: 'callback_scheduled' })
      .expect(400);
    expect(noCitizen.body.errors[0].field).toBe('citizenId');
  });

  it('refuses another agent (403) but lets the antenna manager correct it', async () => {
    const contactId = await phoneContact();
    const colleague = auth(await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }));
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(colleague)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot' })
      .expect(403);
    const otherManager = auth(
      await api.tokenFor({ role: Role.AntennaManager, antennaId: 'arras' }),
    );
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(otherManager)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot' })
      .expect(403);
    const manager = auth(await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' }));
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(manager)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot' })
      .expect(200);
    await api
      .http()
      .post('/api/contacts/00000000-0000-4000-8000-000000000000/coding')
      .set(agent)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot' })
      .expect(404);
    await api
      .http()
      .post('/api/contacts/not-a-uuid/coding')
      .set(agent)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot' })
      .expect(400);
  });

  it('refuses an outcome the channels set (400), an unknown reason, and a request of another citizen', async () => {
    const contactId = await phoneContact(agent, citizenId);
    const outcome = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({ reasonCode: 'information', outcome: 'abandoned' })
      .expect(400);
    expect(outcome.body.errors.map((error: { field: string }) => error.field)).toEqual(['outcome']);
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({ reasonCode: 'gossip', outcome: 'answered_on_the_spot' })
      .expect(400);
    const stranger = await api
      .http()
      .post('/api/citizens')
      .set(agent)
      .send({ firstName: 'Léa', lastName: 'Martin', phone: '06 34 34 34 34', inseeCode: '80021' })
      .expect(201);
    const theirs = await api
      .http()
      .post('/api/requests')
      .set(agent)
      .send({ citizenId: stranger.body.id, channel: 'phone', subject: 'Transport scolaire' })
      .expect(201);
    const wrong = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(agent)
      .send({
        reasonCode: 'information',
        outcome: 'answered_on_the_spot',
        requestId: theirs.body.id,
      })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('requestId');
  });
});
