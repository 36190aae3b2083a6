import { Role } from '@gru/auth';
import { ContactChannel } from '@gru/citizens';
import { ContactLog } from '@gru/requests';
import { startTwilioDouble, TwilioDouble, waitFor } from '@gru/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';
import { workerFixture, WorkerFixture } from '../support/worker-process';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-twilio-auth-token-0123456789';

/** A call from the IVR to an agent's softphone: API + worker + Redis routing + the Twilio double. */
describe('numéro vert: from the IVR to an agent', () => {
  let twilio: TwilioDouble;
  let fixture: WorkerFixture;
  let api: TestApi;
  let agentId: string;
  let agentAuth: { Authorization: string };

  beforeAll(async () => {
    twilio = await startTwilioDouble(ACCOUNT, TOKEN);
    fixture = await workerFixture();
    const telephony = {
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      TWILIO_CALLER_ID: '+33800000000',
    };
    api = await startTestApi({
      ...telephony,
      DATABASE_URL: fixture.database.url,
      REDIS_PREFIX: fixture.prefix,
      VOICE_OPENING: 'always',
    });
    await fixture.start(telephony);

    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    agentId = agent.id;
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    agentAuth = { Authorization: `Bearer ${login.body.accessToken}` };
    const manager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    await api
      .http()
      .put(`/api/voice/agents/${agentId}/skill`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ phoneSkill: true })
      .expect(200);
  });

  afterAll(async () => {
    await api.close();
    await fixture.close();
    await twilio.close();
  });

  const redirectsOf = (callSid: string) =>
    twilio.requests.filter((request) => request.path.endsWith(`/Calls/${callSid}.json`));

  it('offers an Amiens call to the available Amiens agent, rings their softphone and records the answer', async () => {
    const presence = await api
      .http()
      .put('/api/voice/presence')
      .set(agentAuth)
      .send({ presence: 'available' })
      .expect(200);
    expect(presence.body).toEqual({ presence: 'available', phoneSkill: true });

    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33612121212' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: '+33612121212',
      Digits: '80000',
    }).expect(200);

    const [redirect] = await waitFor(
      () => (redirectsOf(callSid).length > 0 ? redirectsOf(callSid) : undefined),
      10_000,
      'Twilio to be asked to redirect the call',
    );
    expect(redirect.form).toEqual({
      Url: `http://127.0.0.1:3000/voice/connect-agent?agent=${agentId}`,
      Method: 'POST',
    });

    const dial = await twilioPost(api, `/voice/connect-agent?agent=${agentId}`, {
      CallSid: callSid,
    }).expect(200);
    expect(dial.text).toContain(
      `<Client statusCallbackEvent="answered" statusCallback="http://127.0.0.1:3000/voice/agent-status?call=${callSid}&amp;agent=${agentId}">agent_${agentId.replace(/-/g, '')}</Client>`,
    );
    expect(dial.text).toContain('timeout="20"');

    await twilioPost(api, `/voice/agent-status?call=${callSid}&agent=${agentId}`, {
      CallSid: 'CA99999999999999999999999999999999',
      CallStatus: 'in-progress',
    }).expect(200);
    const contact = await api.app.get(ContactLog).findByExternalRef(ContactChannel.Phone, callSid);
    expect(contact).toMatchObject({
      outcome: 'answered',
      agentUserId: agentId,
      antennaId: 'amiens',
    });

    const ended = await twilioPost(api, `/voice/dial-result?agent=${agentId}`, {
      CallSid: callSid,
      DialCallStatus: 'completed',
    }).expect(200);
    expect(ended.text).toContain('<Hangup/>');
    const finished = await api.app.get(ContactLog).findByExternalRef(ContactChannel.Phone, callSid);
    expect(finished?.details).toMatchObject({
      talkSeconds: expect.any(Number),
      waitSeconds: expect.any(Number),
      step: 0,
      offers: 1,
    });
  });

  it('puts an unanswered call back in its queue and the agent on break', async () => {
    await api
      .http()
      .put('/api/voice/presence')
      .set(agentAuth)
      .send({ presence: 'available' })
      .expect(200);
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33613131313' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      Digits: '80000',
    }).expect(200);
    await waitFor(() => redirectsOf(callSid).length > 0, 10_000, 'the offer');

    const back = await twilioPost(api, `/voice/dial-result?agent=${agentId}`, {
      CallSid: callSid,
      DialCallStatus: 'no-answer',
    }).expect(200);
    expect(back.text).toContain('>gru-amiens</Enqueue>');
    const me = await api
      .http()
      .put('/api/voice/presence')
      .set(agentAuth)
      .send({ presence: 'offline' })
      .expect(200);
    expect(me.body.presence).toBe('offline');
  });

  it('refuses presence to an unknown presence value', async () => {
    const response = await api
      .http()
      .put('/api/voice/presence')
      .set(agentAuth)
      .send({ presence: 'sleeping' })
      .expect(400);
    expect(response.body.errors[0].field).toBe('presence');
  });

  it("lists the antenna's callbacks and places one from the desk: agent leg first, then the citizen", async () => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33614141414' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      Digits: '80000',
    }).expect(200);
    await twilioPost(api, '/voice/wait-choice', {
      CallSid: callSid,
      From: '+33614141414',
      Digits: '1',
    }).expect(200);

    const list = await api.http().get('/api/voice/callbacks').set(agentAuth).expect(200);
    const callback = (list.body as { id: string; antennaId: string; subject: string }[]).find(
      (request) => request.antennaId === 'amiens',
    );
    expect(callback).toMatchObject({ subject: 'Rappel demandé depuis le numéro vert' });
    await api.http().get('/api/voice/callbacks?antennaId=arras').set(agentAuth).expect(403);

    const placed = await api
      .http()
      .post(`/api/voice/callbacks/${callback?.id}/call`)
      .set(agentAuth)
      .expect(202);
    const outbound = twilio.requests.at(-1);
    expect(outbound?.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Calls.json`);
    expect(outbound?.form).toMatchObject({
      To: `client:agent_${agentId.replace(/-/g, '')}`,
      From: '+33800000000',
      Url: `http://127.0.0.1:3000/voice/callback-bridge?request=${callback?.id}&agent=${agentId}`,
    });

    const bridge = await twilioPost(
      api,
      `/voice/callback-bridge?request=${callback?.id}&agent=${agentId}`,
      { CallSid: placed.body.callSid as string },
    ).expect(200);
    expect(bridge.text).toContain('<Dial callerId="+33800000000"');
    expect(bridge.text).toContain('<Number>+33614141414</Number>');
    await twilioPost(api, `/voice/callback-result?request=${callback?.id}&agent=${agentId}`, {
      CallSid: placed.body.callSid as string,
      DialCallStatus: 'completed',
    }).expect(200);
    const contact = await api.app
      .get(ContactLog)
      .findByExternalRef(ContactChannel.Phone, placed.body.callSid as string);
    expect(contact).toMatchObject({
      direction: 'outbound',
      outcome: 'answered',
      requestId: callback?.id,
      agentUserId: agentId,
      reasonCode: 'callback',
    });
  });
});
