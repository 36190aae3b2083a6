import { AuditLogService } from '@gru/audit';
import { NewStaffMember, Role } from '@gru/auth';
import { waitFor } from '@gru/testing';
import { IncomingMessage, request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApi, TestApi } from '../support/test-api';

describe('audit trail of refusals, searches and lists (RGPD)', () => {
  let api: TestApi;
  let audit: AuditLogService;
  let stream: IncomingMessage | undefined;
  let amiens: { id: string; token: string };
  let citizenId: string;
  let requestId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    audit = api.app.get(AuditLogService);
    amiens = await staff({ role: Role.Agent, antennaId: 'amiens' });
    const citizen = await as(amiens.token)
      .post('/api/citizens', {
        firstName: 'Noémie',
        lastName: 'Tellier',
        phone: '06 81 82 83 84',
        inseeCode: '80021',
      })
      .expect(201);
    citizenId = citizen.body.id as string;
    const request = await as(amiens.token)
      .post('/api/requests', { citizenId, channel: 'email', subject: 'Aide au permis' })
      .expect(201);
    requestId = request.body.id as string;
  });

  afterAll(async () => {
    stream?.destroy();
    await api.close();
  });

  async function staff(member: Partial<NewStaffMember> & { role: Role }) {
    const user = await api.createStaff(member);
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    return { id: user.id, token: login.body.accessToken as string };
  }

  const as = (token: string) => ({
    post: (path: string, body: object) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  const entriesOf = async (actorUserId: string, resourceType: string) =>
    (await audit.find({ actorUserId })).filter((entry) => entry.resourceType === resourceType);

  it('records a refusal by role or antenna, raised before any handler runs (403)', async () => {
    const agent = await staff({ role: Role.Agent, antennaId: 'amiens' });
    await as(agent.token).get('/api/antennas/lille/portfolio').expect(403);
    await as(agent.token).get('/api/users').expect(403);
    const refusals = (await audit.find({ actorUserId: agent.id })).filter(
      (entry) => entry.action === 'access-denied',
    );
    expect(refusals.map((entry) => (entry.details as { path: string }).path).sort()).toEqual([
      '/api/antennas/lille/portfolio',
      '/api/users',
    ]);
  });

  it("records who was refused which citizen's or request's record (403)", async () => {
    const arras = await staff({ role: Role.Agent, antennaId: 'arras' });
    await as(arras.token).get(`/api/citizens/${citizenId}`).expect(403);
    await as(arras.token).get(`/api/requests/${requestId}/messages`).expect(403);
    await as(arras.token).post('/api/contacts', { channel: 'visit', citizenId }).expect(403);
    const refusals = (await audit.find({ actorUserId: arras.id })).filter(
      (entry) => entry.action === 'access-denied',
    );
    expect(refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorRole: 'agent',
          resourceType: 'citizen',
          resourceId: citizenId,
          details: expect.objectContaining({ method: 'GET', path: `/api/citizens/${citizenId}` }),
        }),
        expect.objectContaining({ resourceType: 'request-message', resourceId: requestId }),
        expect.objectContaining({
          resourceType: 'contact',
          details: expect.objectContaining({ method: 'POST', path: '/api/contacts' }),
        }),
      ]),
    );
    // A refusal is not a read.
    expect(
      (await audit.find({ actorUserId: arras.id })).filter((entry) => entry.action === 'read'),
    ).toEqual([]);
  });

  it('records the search terms and the citizens a search or a match returned', async () => {
    const agent = await staff({ role: Role.Agent, antennaId: 'amiens' });
    await as(agent.token).get('/api/search?q=Tellier').expect(200);
    await as(agent.token).get('/api/citizens/matches?phone=0681828384').expect(200);
    const [match, search] = await entriesOf(agent.id, 'citizen');
    expect(search).toMatchObject({
      action: 'list',
      details: { path: '/api/search', query: { q: 'Tellier' }, citizenIds: [citizenId] },
    });
    expect(match).toMatchObject({
      action: 'list',
      details: { query: { phone: '0681828384' }, citizenIds: [citizenId] },
    });
  });

  it('audits the request queue, messages, attachments and callbacks lists', async () => {
    const agent = await staff({ role: Role.Agent, antennaId: 'amiens' });
    await as(agent.token).get('/api/requests?antennaId=amiens').expect(200);
    await as(agent.token).get(`/api/requests/${requestId}/messages`).expect(200);
    await as(agent.token).get(`/api/requests/${requestId}/attachments`).expect(200);
    await as(agent.token).get('/api/voice/callbacks').expect(200);
    const [queue] = await entriesOf(agent.id, 'request');
    expect(queue).toMatchObject({
      action: 'list',
      details: { query: { antennaId: 'amiens' }, citizenIds: expect.arrayContaining([citizenId]) },
    });
    expect(await entriesOf(agent.id, 'request-message')).toEqual([
      expect.objectContaining({ action: 'list', resourceId: requestId }),
    ]);
    expect(await entriesOf(agent.id, 'request-attachment')).toEqual([
      expect.objectContaining({ action: 'list', resourceId: requestId }),
    ]);
    expect(await entriesOf(agent.id, 'callback')).toEqual([
      expect.objectContaining({
        action: 'list',
        details: expect.objectContaining({ citizenIds: [] }),
      }),
    ]);
  });

  it('audits the opening of the screen-pop stream before its first event', async () => {
    const agent = await staff({ role: Role.Agent, antennaId: 'amiens' });
    const port = (api.app.getHttpServer().address() as AddressInfo).port;
    const events: string[] = [];
    stream = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/voice/events',
          headers: { Authorization: `Bearer ${agent.token}`, Accept: 'text/event-stream' },
        },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
    stream.on('data', (chunk: Buffer) => events.push(chunk.toString()));
    await waitFor(() => events.join('').includes('event: ready'), 5_000, 'the stream to open');
    expect(await entriesOf(agent.id, 'screen-pop')).toEqual([
      expect.objectContaining({
        action: 'read',
        details: expect.objectContaining({ path: '/api/voice/events' }),
      }),
    ]);
  });
});
