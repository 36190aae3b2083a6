import { Role } from '@gru/auth';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

interface Page {
  items: { id: string; dueAt: string | null; status: string; assigneeUserId: string | null }[];
  total: number;
  page: number;
  pageSize: number;
}

describe('request list: scopes, filters, pages and the transitions a request offers', () => {
  let api: TestApi;
  let agentAmiens: string;
  let agentArras: string;
  let manager: string;
  let amiensCitizen: string;
  let arrasCitizen: string;
  const created: Record<string, string> = {};

  const as = (token: string) => ({
    post: (path: string, body: object) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
  });
  const list = async (token: string, query: string): Promise<Page> =>
    (await as(token).get(`/api/requests?${query}`).expect(200)).body as Page;
  const setDue = (id: string, interval: string) =>
    api.app
      .get(DataSource)
      .query(`UPDATE requests SET due_at = now() + $2::interval WHERE id = $1`, [id, interval]);

  beforeAll(async () => {
    api = await startTestApi();
    [agentAmiens, agentArras, manager] = await Promise.all([
      api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }),
      api.tokenFor({ role: Role.Agent, antennaId: 'arras' }),
      api.tokenFor({ role: Role.Manager }),
    ]);
    amiensCitizen = (
      await as(agentAmiens)
        .post('/api/citizens', { lastName: 'Dufour', inseeCode: '80021' })
        .expect(201)
    ).body.id as string;
    arrasCitizen = (
      await as(agentArras)
        .post('/api/citizens', { lastName: 'Lemaire', inseeCode: '62041' })
        .expect(201)
    ).body.id as string;
    const request = async (token: string, citizenId: string, body: object) =>
      (
        await as(token)
          .post('/api/requests', { citizenId, subject: 'Demande de test', ...body })
          .expect(201)
      ).body.id as string;
    created.phone = await request(agentAmiens, amiensCitizen, { channel: 'phone' });
    created.email = await request(agentAmiens, amiensCitizen, {
      channel: 'email',
      aidSchemeSlug: 'bourse-etudiante',
    });
    created.visit = await request(agentAmiens, amiensCitizen, { channel: 'visit' });
    created.arras = await request(agentArras, arrasCitizen, { channel: 'phone' });
    await as(agentAmiens).post(`/api/requests/${created.visit}/assign-to-me`, {}).expect(200);
    await setDue(created.phone, '-1 day');
    await setDue(created.email, '5 hours');
    await setDue(created.visit, '20 days');
  });

  afterAll(() => api.close());

  it('pages the visible requests, soonest due first, and counts them all', async () => {
    const first = await list(agentAmiens, 'pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((item) => item.id)).toEqual([created.phone, created.email]);
    const second = await list(agentAmiens, 'pageSize=2&page=2');
    expect(second.items.map((item) => item.id)).toEqual([created.visit]);
    const everything = await list(manager, 'pageSize=100');
    expect(everything.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(Object.values(created)),
    );
  });

  it('narrows by scope, channel, scheme, status and due date', async () => {
    const ids = async (query: string) =>
      (await list(agentAmiens, query)).items.map((item) => item.id);
    expect(await ids('scope=mine')).toEqual([created.visit]);
    expect(await ids('scope=unassigned')).toEqual([created.phone, created.email]);
    expect(await ids('scope=antenna')).toHaveLength(3);
    expect(await ids('channel=email')).toEqual([created.email]);
    expect(await ids('aidSchemeSlug=bourse-etudiante')).toEqual([created.email]);
    expect(await ids('due=overdue')).toEqual([created.phone]);
    expect(await ids('due=soon')).toEqual([created.email]);
    expect(await ids('due=soon-or-overdue')).toEqual([created.phone, created.email]);
    expect(await ids('status=closed')).toEqual([]);
    expect(await ids('status=new&status=qualified')).toHaveLength(3);
    expect(await ids('status=new,closed')).toHaveLength(3);
    expect(await ids(`citizenId=${amiensCitizen}&channel=phone`)).toEqual([created.phone]);
  });

  it("never lists another antenna's requests, by antenna or by citizen", async () => {
    await as(agentAmiens).get('/api/requests?antennaId=arras').expect(403);
    await as(agentAmiens).get(`/api/requests?citizenId=${arrasCitizen}`).expect(403);
    await as(agentAmiens).get('/api/requests?scope=antenna&antennaId=arras').expect(403);
    const all = await list(agentAmiens, 'pageSize=100');
    expect(all.items.map((item) => item.id)).not.toContain(created.arras);
    const managerView = await list(manager, `citizenId=${arrasCitizen}`);
    expect(managerView.items.map((item) => item.id)).toEqual([created.arras]);
  });

  it('answers 400 with a French message for a bad filter or page', async () => {
    for (const query of ['pageSize=101', 'page=0', 'scope=everything', 'status=lost', 'due=later'])
      expect(
        (await as(agentAmiens).get(`/api/requests?${query}`).expect(400)).body.errors,
      ).toHaveLength(1);
    const noAntenna = await as(manager).get('/api/requests?scope=antenna').expect(400);
    expect(noAntenna.body.errors[0].field).toBe('antennaId');
  });

  it('offers the transitions of the lifecycle from the current state, with the reasons it asks', async () => {
    const fresh = await as(agentAmiens).get(`/api/requests/${created.visit}`).expect(200);
    expect(fresh.body.allowedTransitions).toEqual([
      { to: 'qualified', reasonRequired: false },
      { to: 'in_progress', reasonRequired: false },
      { to: 'resolved', reasonRequired: false },
    ]);
    const path = `/api/requests/${created.visit}/transitions`;
    await as(agentAmiens).post(path, { to: 'resolved' }).expect(200);
    const resolved = await as(agentAmiens).get(`/api/requests/${created.visit}`).expect(200);
    expect(resolved.body.allowedTransitions).toEqual([
      { to: 'closed', reasonRequired: false },
      { to: 'in_progress', reasonRequired: true },
    ]);
    await as(agentAmiens).post(path, { to: 'closed' }).expect(200);
    const closed = await as(agentAmiens).get(`/api/requests/${created.visit}`).expect(200);
    expect(closed.body.allowedTransitions).toEqual([]);
    expect((await list(agentAmiens, 'scope=mine&status=closed')).items).toHaveLength(1);
  });
});
