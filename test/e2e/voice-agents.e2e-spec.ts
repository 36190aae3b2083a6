import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('voice agents: phone skill, device and softphone token', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
      TWILIO_API_KEY_SID: 'SK0123456789abcdef0123456789abcdef',
      TWILIO_API_KEY_SECRET: 'test-api-key-secret-0123456789',
      TWILIO_TWIML_APP_SID: 'AP0123456789abcdef0123456789abcdef',
    });
  });

  afterAll(() => api.close());

  it('gives a softphone token only to agents with the phone skill, granted by their antenna manager', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const agentAuth = { Authorization: `Bearer ${login.body.accessToken}` };
    await api.http().get('/api/voice/token').set(agentAuth).expect(403);

    const otherManager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'arras' });
    await api
      .http()
      .put(`/api/voice/agents/${agent.id}/skill`)
      .set('Authorization', `Bearer ${otherManager}`)
      .send({ phoneSkill: true })
      .expect(403);
    const manager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    await api
      .http()
      .put(`/api/voice/agents/${agent.id}/skill`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ phoneSkill: true })
      .expect(200);

    const token = await api.http().get('/api/voice/token').set(agentAuth).expect(200);
    expect(token.body).toMatchObject({
      identity: `agent_${agent.id.replace(/-/g, '')}`,
      expiresIn: 3600,
    });
    const claims = claimsOf(token.body.token as string);
    expect(claims).toMatchObject({
      iss: 'SK0123456789abcdef0123456789abcdef',
      sub: 'AC0123456789abcdef0123456789abcdef',
      grants: {
        identity: token.body.identity,
        voice: {
          incoming: { allow: true },
          outgoing: { application_sid: 'AP0123456789abcdef0123456789abcdef' },
        },
      },
    });
  });

  it('switches an agent to a desk phone, refusing what is not a phone number', async () => {
    const token = await api.tokenFor({ role: Role.Agent, antennaId: 'laon' });
    const auth = { Authorization: `Bearer ${token}` };
    const bad = await api
      .http()
      .put('/api/voice/me/device')
      .set(auth)
      .send({ kind: 'phone', phoneNumber: '12' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('phoneNumber');
    const phone = await api
      .http()
      .put('/api/voice/me/device')
      .set(auth)
      .send({ kind: 'phone', phoneNumber: '03 23 26 00 00' })
      .expect(200);
    expect(phone.body).toMatchObject({
      deviceKind: 'phone',
      phoneNumber: '+33323260000',
      phoneSkill: false,
    });
    const back = await api
      .http()
      .put('/api/voice/me/device')
      .set(auth)
      .send({ kind: 'browser' })
      .expect(200);
    expect(back.body).toMatchObject({ deviceKind: 'browser', phoneNumber: null });
  });
});
