import { Role } from '@gru/auth';
import { CallDispatcher } from '@gru/call-routing';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from '../support/test-api';

interface Session {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  accessToken: string;
  refreshToken: string;
}

/** An administrator changes or closes accounts, and the accounts' open sessions follow at once. */
describe('staff administration', () => {
  let api: TestApi;
  let admin: Session;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signedIn({ role: Role.Admin });
  });

  afterAll(() => api.close());

  async function signedIn(member: Parameters<TestApi['createStaff']>[0]): Promise<Session> {
    const user = await api.createStaff(member);
    return signIn({ id: user.id, email: user.email, password: user.password });
  }

  async function signIn(account: Pick<Session, 'id' | 'email' | 'password'>): Promise<Session> {
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(200);
    return {
      ...account,
      accessToken: login.body.accessToken as string,
      refreshToken: login.body.refreshToken as string,
    };
  }

  const bearer = (session: Session) => ({ Authorization: `Bearer ${session.accessToken}` });
  const me = (session: Session) => api.http().get('/api/auth/me').set(bearer(session));
  const patch = (id: string, body: object, as = admin) =>
    api.http().patch(`/api/users/${id}`).set(bearer(as)).send(body);
  const setActive = (id: string, active: boolean, as = admin) =>
    api.http().put(`/api/users/${id}/active`).set(bearer(as)).send({ active });

  /** An agent of the antenna with the phone skill, signed in for calls. */
  async function availableForCalls(antennaId: string): Promise<Session> {
    const agent = await signedIn({ role: Role.Agent, antennaId });
    const supervisor = await signedIn({ role: Role.AntennaManager, antennaId });
    await api
      .http()
      .put(`/api/voice/agents/${agent.id}/skill`)
      .set(bearer(supervisor))
      .send({ phoneSkill: true })
      .expect(200);
    await api
      .http()
      .put('/api/voice/presence')
      .set(bearer(agent))
      .send({ presence: 'available' })
      .expect(200);
    return agent;
  }

  async function refresh(session: Session): Promise<void> {
    const pair = await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    session.accessToken = pair.body.accessToken as string;
    session.refreshToken = pair.body.refreshToken as string;
  }

  it('moves an agent to another antenna: the open session must refresh and then sees the new one', async () => {
    const agent = await signedIn({ role: Role.Agent, antennaId: 'amiens' });
    expect((await me(agent).expect(200)).body).toMatchObject({ antennaId: 'amiens' });

    const moved = await patch(agent.id, { antennaId: 'arras', displayName: 'Inès Martin' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      id: agent.id,
      antennaId: 'arras',
      displayName: 'Inès Martin',
      role: 'agent',
    });
    // The token that said "Amiens" is refused; the refresh reads the account again.
    await me(agent).expect(401);
    await refresh(agent);
    expect((await me(agent).expect(200)).body).toMatchObject({ antennaId: 'arras' });
    // A new name alone changes nothing the token says: the session carries on.
    await patch(agent.id, { displayName: 'Inès Martin-Leroy' }).expect(200);
    await me(agent).expect(200);
  });

  it('closes an account: its token, its refresh and its password stop working at once; reopening lets it sign in again', async () => {
    const agent = await signedIn({ role: Role.Agent, antennaId: 'amiens' });
    const closed = await setActive(agent.id, false).expect(200);
    expect(closed.body).toMatchObject({ id: agent.id, active: false });
    await me(agent).expect(401);
    await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: agent.refreshToken })
      .expect(401);
    await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(401);
    // A change to a closed account keeps it closed.
    await patch(agent.id, { antennaId: 'arras' }).expect(200);
    await me(agent).expect(401);

    await setActive(agent.id, true).expect(200);
    // The session from before the closing stays closed; a new sign-in works.
    await me(agent).expect(401);
    await me(await signIn(agent)).expect(200);
  });

  it('signs a closed agent out of call taking, so no call is offered to them', async () => {
    const agent = await availableForCalls('amiens');
    const routing = api.app.get(CallDispatcher).engine.reader;
    expect(await routing.agent(agent.id)).toMatchObject({ state: 'available', group: 'amiens' });

    await setActive(agent.id, false).expect(200);
    expect(await routing.agent(agent.id)).toMatchObject({ state: 'offline' });
  });

  it('moves an agent who takes calls to the pool of their new antenna', async () => {
    const agent = await availableForCalls('amiens');
    await patch(agent.id, { antennaId: 'arras' }).expect(200);
    expect(await api.app.get(CallDispatcher).engine.reader.agent(agent.id)).toMatchObject({
      state: 'available',
      antennaId: 'arras',
      group: 'arras',
    });
  });

  it('refuses what would break an account or lock the administrator out, with a clear error', async () => {
    const manager = await signedIn({ role: Role.AntennaManager, antennaId: 'amiens' });
    const noAntenna = await patch(manager.id, { antennaId: null }).expect(400);
    expect(noAntenna.body.code).toBe('validation-failed');
    expect(JSON.stringify(noAntenna.body)).toContain('antennaId');
    await patch(manager.id, { antennaId: 'Amiens!' }).expect(400);
    // Well-formed but no antenna: the account would see nothing and take calls for no one.
    const unknown = await patch(manager.id, { antennaId: 'atlantis' }).expect(400);
    expect(JSON.stringify(unknown.body)).toContain('antenne inconnue');
    await api
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .send({
        email: 'fantome@gru.test',
        displayName: 'Agent Fantôme',
        password: 'un-mot-de-passe-assez-long',
        role: 'agent',
        antennaId: 'atlantis',
      })
      .expect(400);
    await patch(manager.id, { antennaId: 'siege-lille' }).expect(200);
    await patch(manager.id, { role: 'chief' }).expect(400);
    await patch(manager.id, { unexpected: true }).expect(400);
    await setActive(manager.id, 'no' as unknown as boolean).expect(400);
    await patch(randomUUID(), { displayName: 'Personne' }).expect(404);
    await setActive(randomUUID(), false).expect(404);
    await patch('not-an-id', { displayName: 'Personne' }).expect(400);

    const ownRole = await patch(admin.id, { role: 'manager' }).expect(409);
    expect(ownRole.body.message).toContain('votre propre rôle');
    const ownAccount = await setActive(admin.id, false).expect(409);
    expect(ownAccount.body.message).toContain('votre propre compte');
    // Their own name is theirs to fix.
    await patch(admin.id, { displayName: 'Administratrice' }).expect(200);
    await me(admin).expect(200);
  });

  it('lets only administrators change or close accounts', async () => {
    const agent = await signedIn({ role: Role.Agent, antennaId: 'amiens' });
    for (const role of [Role.Manager, Role.AntennaManager, Role.Agent, Role.Instructor]) {
      const other = await signedIn({
        role,
        antennaId: role === Role.AntennaManager || role === Role.Agent ? 'amiens' : null,
      });
      await patch(agent.id, { displayName: 'Pirate' }, other).expect(403);
      await setActive(agent.id, false, other).expect(403);
    }
    await me(agent).expect(200);
    await api.http().patch(`/api/users/${agent.id}`).send({ displayName: 'Pirate' }).expect(401);
  });

  it("lists the mobile team's staff and phone skills for regional supervisors only", async () => {
    const mobile = await signedIn({ role: Role.Agent, mobileTeam: true });
    const manager = await signedIn({ role: Role.Manager });
    const antennaManager = await signedIn({ role: Role.AntennaManager, antennaId: 'amiens' });
    const team = await api.http().get('/api/territory/mobile-team').set(bearer(mobile)).expect(200);
    expect(team.body).toEqual({
      id: 'equipe-mobile',
      name: expect.stringContaining('Équipe mobile'),
    });

    const listed = await api
      .http()
      .get('/api/users?mobileTeam=true')
      .set(bearer(manager))
      .expect(200);
    const ids = (listed.body as { id: string; mobileTeam: boolean }[]).map((member) => member.id);
    expect(ids).toContain(mobile.id);
    expect((listed.body as { mobileTeam: boolean }[]).every((member) => member.mobileTeam)).toBe(
      true,
    );
    await api.http().get('/api/users?mobileTeam=maybe').set(bearer(manager)).expect(400);
    await api.http().get('/api/users?mobileTeam=true').set(bearer(antennaManager)).expect(403);

    const skills = await api
      .http()
      .get('/api/voice/antennas/equipe-mobile/phone-skills')
      .set(bearer(manager))
      .expect(200);
    expect(skills.body).toContainEqual({ userId: mobile.id, phoneSkill: false });
    await api
      .http()
      .get('/api/voice/antennas/equipe-mobile/phone-skills')
      .set(bearer(antennaManager))
      .expect(403);
  });
});
