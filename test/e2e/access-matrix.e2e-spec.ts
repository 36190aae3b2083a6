import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

type Who =
  | 'agentAmiens'
  | 'agentArras'
  | 'antennaManagerAmiens'
  | 'mobile'
  | 'instructor'
  | 'assignedInstructor'
  | 'manager'
  | 'admin';

/**
 * The access rules in one table: for a citizen of the Amiens antenna and their request (assigned
 * to one instructor), who may read what. Each cell is the expected HTTP status.
 */
const MATRIX: Record<string, Record<Who, number>> = {
  'GET citizen': {
    agentAmiens: 200,
    agentArras: 403,
    antennaManagerAmiens: 200,
    mobile: 200,
    instructor: 403,
    assignedInstructor: 200,
    manager: 200,
    admin: 200,
  },
  'GET citizen timeline': {
    agentAmiens: 200,
    agentArras: 403,
    antennaManagerAmiens: 200,
    mobile: 200,
    instructor: 403,
    assignedInstructor: 200,
    manager: 200,
    admin: 200,
  },
  'GET request': {
    agentAmiens: 200,
    agentArras: 403,
    antennaManagerAmiens: 200,
    mobile: 200,
    instructor: 403,
    assignedInstructor: 200,
    manager: 200,
    admin: 200,
  },
  'GET amiens portfolio': {
    agentAmiens: 200,
    agentArras: 403,
    antennaManagerAmiens: 200,
    mobile: 200,
    instructor: 403,
    assignedInstructor: 403,
    manager: 200,
    admin: 200,
  },
  'GET citizen export': {
    agentAmiens: 403,
    agentArras: 403,
    antennaManagerAmiens: 403,
    mobile: 403,
    instructor: 403,
    assignedInstructor: 403,
    manager: 200,
    admin: 200,
  },
  'GET triage': {
    agentAmiens: 200,
    agentArras: 200,
    antennaManagerAmiens: 403,
    mobile: 200,
    instructor: 403,
    assignedInstructor: 403,
    manager: 200,
    admin: 200,
  },
};

describe('access matrix: citizens and requests', () => {
  let api: TestApi;
  const tokens = {} as Record<Who, string>;
  let paths: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const assigned = await api.createStaff({ role: Role.Instructor });
    const specs: [Who, Parameters<TestApi['tokenFor']>[0]][] = [
      ['agentAmiens', { role: Role.Agent, antennaId: 'amiens' }],
      ['agentArras', { role: Role.Agent, antennaId: 'arras' }],
      ['antennaManagerAmiens', { role: Role.AntennaManager, antennaId: 'amiens' }],
      ['mobile', { role: Role.Agent, mobileTeam: true }],
      ['instructor', { role: Role.Instructor }],
      ['manager', { role: Role.Manager }],
      ['admin', { role: Role.Admin }],
    ];
    for (const [who, spec] of specs) tokens[who] = await api.tokenFor(spec);
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: assigned.email, password: assigned.password })
      .expect(200);
    tokens.assignedInstructor = login.body.accessToken as string;

    const auth = { Authorization: `Bearer ${tokens.agentAmiens}` };
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ lastName: 'Matrice', inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'email', subject: 'Dossier à instruire' })
      .expect(201);
    await api
      .http()
      .post(`/api/requests/${request.body.id}/assign`)
      .set('Authorization', `Bearer ${tokens.manager}`)
      .send({ userId: assigned.id })
      .expect(200);
    paths = {
      'GET citizen': `/api/citizens/${citizen.body.id}`,
      'GET citizen timeline': `/api/citizens/${citizen.body.id}/timeline`,
      'GET request': `/api/requests/${request.body.id}`,
      'GET amiens portfolio': '/api/antennas/amiens/portfolio',
      'GET citizen export': `/api/citizens/${citizen.body.id}/export`,
      'GET triage': '/api/citizens/triage',
    };
  });

  afterAll(() => api.close());

  const cells = Object.entries(MATRIX).flatMap(([action, row]) =>
    Object.entries(row).map(([who, status]) => [action, who as Who, status] as const),
  );

  it.each(cells)('%s as %s → %i', async (action, who, status) => {
    await api
      .http()
      .get(paths[action])
      .set('Authorization', `Bearer ${tokens[who]}`)
      .expect(status);
  });
});
