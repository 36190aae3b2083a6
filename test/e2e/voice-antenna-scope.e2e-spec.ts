import { Role, StaffDirectory } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

describe('antenna scope of staff accounts and of the voice desk', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'always' });
    admin = await api.tokenFor({ role: Role.Admin });
  });

  afterAll(() => api.close());

  const newAccount = (fields: Record<string, unknown>) =>
    api
      .http()
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        email: `scope-${Math.random().toString(16).slice(2)}@gru.test`,
        displayName: 'Compte de test',
        password: 'a-long-enough-password',
        ...fields,
      });

  it('refuses an agent without an antenna outside the mobile team, and an antenna manager without an antenna, naming antennaId', async () => {
    const agent = await newAccount({ role: 'agent' }).expect(400);
    expect(agent.body).toMatchObject({ code: 'validation-failed' });
    expect(agent.body.errors[0].field).toBe('antennaId');
    const manager = await newAccount({ role: 'antenna_manager', mobileTeam: true }).expect(400);
    expect(manager.body.errors[0].field).toBe('antennaId');
    await expect(
      api.app.get(StaffDirectory).upsert({
        email: 'seeded-without-antenna@gru.test',
        displayName: 'Sans antenne',
        password: 'a-long-enough-password',
        role: Role.Agent,
      }),
    ).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'antennaId' })] });

    await newAccount({ role: 'agent', antennaId: 'amiens' }).expect(201);
    await newAccount({ role: 'agent', mobileTeam: true }).expect(201);
    await newAccount({ role: 'antenna_manager', antennaId: 'amiens' }).expect(201);
    await newAccount({ role: 'manager' }).expect(201);
  });

  it('gives an agent account left without an antenna no callbacks and no calls, not the whole region', async () => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33677001122' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: '+33677001122',
      Digits: '80000',
    }).expect(200);
    await twilioPost(api, '/voice/wait-choice', {
      CallSid: callSid,
      From: '+33677001122',
      Digits: '1',
    }).expect(200);

    // An account created before the rule existed: written straight to the table.
    const legacyToken = await api.legacyTokenFor({
      role: Role.Agent,
      antennaId: null,
      mobileTeam: false,
    });
    const legacyAuth = { Authorization: `Bearer ${legacyToken}` };
    const list = await api.http().get('/api/voice/callbacks').set(legacyAuth).expect(200);
    expect(list.body).toEqual([]);
    await api
      .http()
      .put('/api/voice/presence')
      .set(legacyAuth)
      .send({ presence: 'available' })
      .expect(403);

    const mobile = await api.tokenFor({ role: Role.Agent, mobileTeam: true });
    const everywhere = await api
      .http()
      .get('/api/voice/callbacks')
      .set('Authorization', `Bearer ${mobile}`)
      .expect(200);
    expect(everywhere.body).toEqual([expect.objectContaining({ antennaId: 'amiens' })]);
  });
});
