import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

describe('role and antenna guards', () => {
  let api: TestApi;
  let tokens: Record<
    'agentAmiens' | 'mobile' | 'antennaManagerAmiens' | 'instructor' | 'manager' | 'admin',
    string
  >;

  beforeAll(async () => {
    api = await startTestApi();
    tokens = {
      agentAmiens: await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }),
      mobile: await api.tokenFor({ role: Role.Agent, mobileTeam: true }),
      antennaManagerAmiens: await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' }),
      instructor: await api.tokenFor({ role: Role.Instructor }),
      manager: await api.tokenFor({ role: Role.Manager }),
      admin: await api.tokenFor({ role: Role.Admin }),
    };
  });

  afterAll(() => api.close());

  const get = (path: string, token: string) =>
    api.http().get(path).set('Authorization', `Bearer ${token}`);

  it('refuses the managers-only staff list to an agent with 403', async () => {
    const response = await get('/api/users', tokens.agentAmiens).expect(403);
    expect(response.body).toMatchObject({ statusCode: 403, code: 'access-denied' });
  });

  it.each([
    ['manager', 200],
    ['admin', 200],
    ['agentAmiens', 403],
    ['mobile', 403],
    ['antennaManagerAmiens', 403],
    ['instructor', 403],
  ] as const)('answers GET /api/users for %s with %i', async (who, status) => {
    await get('/api/users', tokens[who]).expect(status);
  });

  it.each([
    ['agentAmiens', 'amiens', 200],
    ['agentAmiens', 'arras', 403],
    ['antennaManagerAmiens', 'amiens', 200],
    ['antennaManagerAmiens', 'montdidier', 403],
    ['mobile', 'arras', 200],
    ['manager', 'arras', 200],
    ['instructor', 'amiens', 403],
  ] as const)('lets %s see the team of antenna %s: %i', async (who, antenna, status) => {
    await get(`/api/antennas/${antenna}/staff`, tokens[who]).expect(status);
  });

  it('lets only an admin create a staff account, and refuses a duplicate email with 409', async () => {
    const account = {
      email: 'nouvel.agent@gru.test',
      displayName: 'Nouvel Agent',
      password: 'a-long-password-1',
      role: 'agent',
      antennaId: 'arras',
    };
    await api
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${tokens.manager}`)
      .send(account)
      .expect(403);
    const created = await api
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send(account)
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'nouvel.agent@gru.test',
      role: 'agent',
      antennaId: 'arras',
      active: true,
    });
    expect(created.body).not.toHaveProperty('passwordHash');
    const duplicate = await api
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send(account)
      .expect(409);
    expect(duplicate.body.code).toBe('conflict');
  });

  it('refuses an unknown role and unexpected fields with a 400 naming them', async () => {
    const response = await api
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({
        email: 'x@gru.test',
        displayName: 'Xavier',
        password: 'a-long-password-1',
        role: 'superuser',
        isAdmin: true,
      })
      .expect(400);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['isAdmin', 'role']);
  });
});
