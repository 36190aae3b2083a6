import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

describe('requests (demandes)', () => {
  let api: TestApi;
  let agentAmiens: string;
  let agentArras: string;
  let managerToken: string;
  let citizenId: string;

  beforeAll(async () => {
    api = await startTestApi();
    [agentAmiens, agentArras, managerToken] = await Promise.all([
      api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }),
      api.tokenFor({ role: Role.Agent, antennaId: 'arras' }),
      api.tokenFor({ role: Role.Manager }),
    ]);
    const citizen = await as(agentAmiens)
      .post('/api/citizens', { firstName: 'Lucie', lastName: 'Garnier', inseeCode: '80021' })
      .expect(201);
    citizenId = citizen.body.id as string;
  });

  afterAll(() => api.close());

  const as = (token: string) => ({
    post: (path: string, body: object) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  it("creates a request with a reference, status new, the citizen's antenna and an SLA due date", async () => {
    const year = new Date().getFullYear();
    const response = await as(agentAmiens)
      .post('/api/requests', {
        citizenId,
        channel: 'email',
        subject: 'Bourse étudiante : dossier incomplet',
        aidSchemeSlug: 'bourse-etudiante',
      })
      .expect(201);
    expect(response.body).toMatchObject({
      reference: expect.stringMatching(new RegExp(`^HDF-${year}-\\d{6}$`)),
      status: 'new',
      antennaId: 'amiens',
      dueAt: expect.any(String),
      slaState: 'on_time',
    });
    const due = new Date(response.body.dueAt as string).getTime();
    expect(due).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
    expect(due).toBeLessThan(Date.now() + 8 * 24 * 3600 * 1000);
  });

  it('refuses an unknown channel and an unknown citizen', async () => {
    const bad = await as(agentAmiens)
      .post('/api/requests', { citizenId, channel: 'fax', subject: 'Test' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('channel');
    await as(agentAmiens)
      .post('/api/requests', {
        citizenId: '00000000-0000-4000-8000-000000000000',
        channel: 'email',
        subject: 'Test',
      })
      .expect(404);
  });

  it('gives 50 concurrent creations 50 consecutive references, without gap or duplicate', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        as(managerToken)
          .post('/api/requests', {
            citizenId,
            channel: 'web',
            subject: `Demande concurrente ${index}`,
          })
          .expect(201),
      ),
    );
    const numbers = created
      .map((response) => Number((response.body.reference as string).slice(-6)))
      .sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers[49] - numbers[0]).toBe(49);
  });

  it('follows the lifecycle and answers 409 with the allowed transitions otherwise', async () => {
    const request = await as(agentAmiens)
      .post('/api/requests', { citizenId, channel: 'phone', subject: 'Rappel demandé' })
      .expect(201);
    const path = `/api/requests/${request.body.id}/transitions`;
    const refused = await as(agentAmiens).post(path, { to: 'closed' }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'conflict',
      allowed: ['qualified', 'in_progress', 'resolved'],
    });
    for (const to of ['qualified', 'in_progress'])
      await as(agentAmiens).post(path, { to }).expect(200);
    const silent = await as(agentAmiens).post(path, { to: 'waiting_citizen' }).expect(400);
    expect(silent.body.errors[0].field).toBe('reason');
    await as(agentAmiens)
      .post(path, { to: 'waiting_citizen', reason: 'Avis d’imposition attendu' })
      .expect(200);
    await as(agentAmiens).post(path, { to: 'resolved' }).expect(200);
    await as(agentAmiens).post(path, { to: 'in_progress' }).expect(400);
    const reopened = await as(agentAmiens)
      .post(path, { to: 'in_progress', reason: 'L’usager conteste la réponse' })
      .expect(200);
    expect(reopened.body.resolvedAt).toBeNull();
    await as(agentAmiens).post(path, { to: 'resolved' }).expect(200);
    const closed = await as(agentAmiens).post(path, { to: 'closed' }).expect(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const final = await as(agentAmiens).post(path, { to: 'in_progress' }).expect(409);
    expect(final.body.allowed).toEqual([]);

    const detail = await as(agentAmiens).get(`/api/requests/${request.body.id}`).expect(200);
    const changes = detail.body.timeline.filter(
      (event: { type: string }) => event.type === 'status-changed',
    );
    expect(changes[0]).toMatchObject({
      before: { status: 'new' },
      after: { status: 'qualified' },
      actorUserId: expect.any(String),
      occurredAt: expect.any(String),
    });
    expect(changes).toHaveLength(7);
  });

  it('keeps other antennas out, lets staff take a request and transfer it with a reason', async () => {
    const request = await as(agentAmiens)
      .post('/api/requests', { citizenId, channel: 'visit', subject: 'Accueil physique' })
      .expect(201);
    await as(agentArras).get(`/api/requests/${request.body.id}`).expect(403);
    const mine = await as(agentAmiens)
      .post(`/api/requests/${request.body.id}/assign-to-me`, {})
      .expect(200);
    expect(mine.body.assigneeUserId).toEqual(expect.any(String));
    const queue = await as(agentAmiens).get('/api/requests?assignee=me').expect(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(request.body.id);

    await as(agentAmiens)
      .post(`/api/requests/${request.body.id}/transfer`, { antennaId: 'arras' })
      .expect(400);
    const moved = await as(agentAmiens)
      .post(`/api/requests/${request.body.id}/transfer`, {
        antennaId: 'arras',
        reason: "L'usager a déménagé à Arras",
      })
      .expect(200);
    expect(moved.body).toMatchObject({ antennaId: 'arras', assigneeUserId: null });
    await as(agentArras).get(`/api/requests/${request.body.id}`).expect(200);
    const antennaQueue = await as(agentArras).get('/api/requests?antennaId=arras').expect(200);
    expect(antennaQueue.body.items.map((item: { id: string }) => item.id)).toContain(
      request.body.id,
    );
    await as(agentArras).get('/api/requests?antennaId=amiens').expect(403);
  });

  it('shows each antenna its portfolio: citizens with their open requests', async () => {
    const portfolio = await as(agentAmiens).get('/api/antennas/amiens/portfolio').expect(200);
    const entry = portfolio.body.items.find(
      (item: { citizen: { id: string } }) => item.citizen.id === citizenId,
    );
    expect(entry.openRequests.length).toBeGreaterThan(0);
    await as(agentArras).get('/api/antennas/amiens/portfolio').expect(403);
    const firstPage = await as(agentAmiens)
      .get('/api/antennas/amiens/portfolio?limit=1')
      .expect(200);
    expect(firstPage.body.items).toHaveLength(1);
    await as(agentAmiens)
      .get(`/api/antennas/amiens/portfolio?limit=1&after=${firstPage.body.next as string}`)
      .expect(200);
    const badLimit = await as(agentAmiens)
      .get('/api/antennas/amiens/portfolio?limit=many')
      .expect(400);
    expect(badLimit.body.errors[0].field).toBe('limit');
    await as(agentAmiens).get('/api/antennas/amiens/portfolio?after=not-a-cursor').expect(400);
  });

  it('finds a request by its reference', async () => {
    const request = await as(agentAmiens)
      .post('/api/requests', { citizenId, channel: 'letter', subject: 'Courrier reçu' })
      .expect(201);
    const found = await as(agentAmiens)
      .get(`/api/search?q=${(request.body.reference as string).toLowerCase()}`)
      .expect(200);
    expect(found.body.requests).toEqual([expect.objectContaining({ id: request.body.id })]);
    const hidden = await as(agentArras)
      .get(`/api/search?q=${request.body.reference as string}`)
      .expect(200);
    expect(hidden.body.requests).toEqual([]);
  });

  it("logs a channel's duplicate delivery once (same external reference)", async () => {
    const first = await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'email',
        citizenId,
        externalRef: '<dup@example.fr>',
        reasonCode: 'information',
      })
      .expect(201);
    const again = await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'email',
        citizenId,
        externalRef: '<dup@example.fr>',
        reasonCode: 'information',
      })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    const badReason = await as(agentAmiens)
      .post('/api/contacts', { channel: 'email', reasonCode: 'gossip' })
      .expect(400);
    expect(badReason.body.errors[0].field).toBe('reasonCode');
  });
});
