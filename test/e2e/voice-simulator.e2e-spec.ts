import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@gru/auth';
import { waitFor } from '@gru/testing';
import { openEventStream, OpenedEventStream } from '../support/event-stream';
import { startRoutingWorker } from '../support/routing-worker';
import { startTestApi, TestApi } from '../support/test-api';

type Auth = { Authorization: string };

/** The last `event` of a stream's text, parsed. */
function lastEvent(text: string, event: string): Record<string, unknown> | undefined {
  const block = text.split(`event: ${event}\n`).at(-1);
  if (block === undefined || block === text) return undefined;
  const data = block.split('\n').find((line) => line.startsWith('data: '));
  return data ? (JSON.parse(data.slice('data: '.length)) as Record<string, unknown>) : undefined;
}

/** Simulated telephony (the demo): calls placed through the API go through the real routing. */
describe('numéro vert without Twilio: the call simulator', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let manager: Auth;
  const streams: OpenedEventStream[] = [];

  beforeAll(async () => {
    api = await startTestApi({ VOICE_TELEPHONY: 'simulated', VOICE_OPENING: 'always' });
    await api.app.listen(0, '127.0.0.1');
    worker = await startRoutingWorker(api);
    manager = {
      Authorization: `Bearer ${await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' })}`,
    };
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await worker?.close();
    await api?.close();
  });

  /** What a desk opened (or reloaded) now gets back before `ready`: the agent's current call. */
  async function reloadedDesk(token: string): Promise<Record<string, unknown> | undefined> {
    const stream = await openEventStream(api.app, token);
    try {
      await waitFor(() => stream.text().includes('event: ready'), 5_000, 'the event stream');
      return lastEvent(stream.text(), 'screen-pop');
    } finally {
      stream.close();
    }
  }

  async function phoneAgent(
    antennaId = 'amiens',
  ): Promise<{ id: string; auth: Auth; token: string }> {
    const agent = await api.createStaff({ role: Role.Agent, antennaId });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const supervisor = await api.tokenFor({ role: Role.AntennaManager, antennaId });
    await api
      .http()
      .put(`/api/voice/agents/${agent.id}/skill`)
      .set('Authorization', `Bearer ${supervisor}`)
      .send({ phoneSkill: true })
      .expect(200);
    const token = login.body.accessToken as string;
    return { id: agent.id, auth: { Authorization: `Bearer ${token}` }, token };
  }

  it('pops the call on the available agent, who answers, hangs up and codes it: the contact has its talk time', async () => {
    const agent = await phoneAgent();
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(agent.auth)
      .send({
        firstName: 'Nora',
        lastName: 'Lefebvre',
        phone: '06 11 22 33 44',
        inseeCode: '80021',
      })
      .expect(201);
    const stream = await openEventStream(api.app, agent.token);
    streams.push(stream);
    await waitFor(() => stream.text().includes('event: ready'), 5_000, 'the event stream');
    await api
      .http()
      .put('/api/voice/presence')
      .set(agent.auth)
      .send({ presence: 'available' })
      .expect(200);

    const placed = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(manager)
      .send({ from: '+33611223344', postcode: '80000' })
      .expect(201);
    expect(placed.body).toMatchObject({
      callSid: expect.stringMatching(/^CA[0-9a-f]{32}$/),
      antennaId: 'amiens',
      antennaName: "Antenne d'Amiens",
      routedBy: 'postcode',
      contactId: expect.any(String),
    });
    const callSid = placed.body.callSid as string;

    const pop = await waitFor(
      () => lastEvent(stream.text(), 'screen-pop'),
      10_000,
      'the screen pop (offer made by the routing worker)',
    );
    expect(pop).toMatchObject({
      callSid,
      contactId: placed.body.contactId,
      callerNumber: '+33611223344',
      postcode: '80000',
      communes: ['Amiens'],
      antennaId: 'amiens',
      step: 0,
      overflowed: false,
      citizen: { id: citizen.body.id, lastName: 'Lefebvre' },
      candidates: [],
      recentContacts: [],
    });
    expect(await reloadedDesk(agent.token)).toMatchObject({ callSid, phase: 'ringing', step: 0 });
    const ringing = await api.http().get('/api/voice/me').set(agent.auth).expect(200);
    expect(ringing.body).toMatchObject({
      telephony: 'simulated',
      presence: 'reserved',
      callSid,
      phoneSkill: true,
    });

    const answered = await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/answer`)
      .set(agent.auth)
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'connected', agentUserId: agent.id });
    expect((await api.http().get('/api/voice/me').set(agent.auth)).body.presence).toBe('on_call');
    // A desk phone keeps the conversation going when the desk page reloads: it gets it back.
    expect(await reloadedDesk(agent.token)).toMatchObject({
      callSid,
      phase: 'connected',
      citizen: { id: citizen.body.id },
    });

    const ended = await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/hangup`)
      .set(agent.auth)
      .expect(200);
    expect(ended.body.status).toBe('completed');
    const wrapUp = await api.http().get('/api/voice/me').set(agent.auth).expect(200);
    expect(wrapUp.body).toMatchObject({ presence: 'wrap_up', wrapUpUntil: expect.any(String) });
    expect(await reloadedDesk(agent.token)).toMatchObject({
      callSid,
      phase: 'wrap-up',
      contactId: placed.body.contactId,
    });

    const coded = await api
      .http()
      .post(`/api/contacts/${placed.body.contactId}/coding`)
      .set(agent.auth)
      .send({ reasonCode: 'information', outcome: 'answered_on_the_spot', note: 'Horaires donnés' })
      .expect(200);
    expect(coded.body).toMatchObject({
      outcome: 'answered_on_the_spot',
      reasonCode: 'information',
      note: 'Horaires donnés',
      citizenId: citizen.body.id,
      agentUserId: agent.id,
      antennaId: 'amiens',
      endedAt: expect.any(String),
      durationSeconds: expect.any(Number),
      details: expect.objectContaining({ talkSeconds: expect.any(Number), offers: 1, step: 0 }),
    });
    // Coded: the wrap-up is only a pause now, nothing to get back.
    expect(await reloadedDesk(agent.token)).toBeUndefined();
    // Back to available straight from the wrap-up, without waiting for its end.
    const back = await api
      .http()
      .put('/api/voice/presence')
      .set(agent.auth)
      .send({ presence: 'available' })
      .expect(200);
    expect(back.body.presence).toBe('available');
    await api.http().put('/api/voice/presence').set(agent.auth).send({ presence: 'offline' });
  });

  it('lets only the agent it is offered to answer or decline; a decline puts the call back and the agent on break', async () => {
    const agent = await phoneAgent('abbeville');
    const other = await phoneAgent('abbeville');
    const stream = await openEventStream(api.app, agent.token);
    streams.push(stream);
    await waitFor(() => stream.text().includes('event: ready'), 5_000, 'the event stream');
    await api.http().put('/api/voice/presence').set(agent.auth).send({ presence: 'available' });
    const placed = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(agent.auth)
      .send({ from: '06 99 88 77 66', postcode: '80100' })
      .expect(201);
    const callSid = placed.body.callSid as string;
    const pop = await waitFor(() => lastEvent(stream.text(), 'screen-pop'), 10_000, 'the offer');
    expect(pop).toMatchObject({ callSid, citizen: null, candidates: [] });

    await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/answer`)
      .set(other.auth)
      .expect(403);
    await api
      .http()
      .post(`/api/voice/simulator/calls/CA${'0'.repeat(32)}/answer`)
      .set(agent.auth)
      .expect(404);
    await api
      .http()
      .post('/api/voice/simulator/calls/not-a-sid/hangup')
      .set(agent.auth)
      .expect(404);

    const declined = await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/decline`)
      .set(agent.auth)
      .expect(200);
    expect(declined.body.status).toBe('waiting');
    expect((await api.http().get('/api/voice/me').set(agent.auth)).body.presence).toBe('break');
    await waitFor(
      () => stream.text().includes('event: offer-lapsed'),
      5_000,
      'the offer-lapsed notice',
    );

    // The one who placed it hangs up as the caller while it waits: abandoned.
    await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/hangup`)
      .set(other.auth)
      .expect(403);
    const abandoned = await api
      .http()
      .post(`/api/voice/simulator/calls/${callSid}/hangup`)
      .set(agent.auth)
      .expect(200);
    expect(abandoned.body.status).toBe('abandoned');
  });

  it('refuses a malformed postcode or number, and asks for the commune when the postcode spans several antennas', async () => {
    const bad = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(manager)
      .send({ from: '+33611223344', postcode: '800' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('postcode');
    const noNumber = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(manager)
      .send({ from: 'personne', postcode: '80000' })
      .expect(400);
    expect(noNumber.body.errors[0].field).toBe('from');

    const question = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(manager)
      .send({ from: '+33611223344', postcode: '02000' })
      .expect(400);
    expect(question.body.errors[0].field).toBe('inseeCode');
    const chavignon = /Chavignon \((\d{5})\)/.exec(
      (question.body.errors[0].messages as string[])[0],
    )?.[1];
    const chosen = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set(manager)
      .send({ from: '+33611223344', postcode: '02000', inseeCode: chavignon })
      .expect(201);
    expect(chosen.body).toMatchObject({ antennaId: 'soissons', routedBy: 'commune-choice' });
  });

  it('refuses placing calls to instructors, who take no calls', async () => {
    const instructor = await api.tokenFor({ role: Role.Instructor });
    await api
      .http()
      .post('/api/voice/simulator/calls')
      .set('Authorization', `Bearer ${instructor}`)
      .send({ from: '+33611223344', postcode: '80000' })
      .expect(403);
  });
});

describe('the call simulator with Twilio telephony', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('does not exist (404)', async () => {
    const token = await api.tokenFor({ role: Role.Manager });
    const response = await api
      .http()
      .post('/api/voice/simulator/calls')
      .set('Authorization', `Bearer ${token}`)
      .send({ from: '+33611223344', postcode: '80000' })
      .expect(404);
    expect(response.body.message).toContain("Simulateur d'appels désactivé");
    const me = await api.http().get('/api/voice/me').set('Authorization', `Bearer ${token}`);
    expect(me.body).toMatchObject({ telephony: 'twilio', presence: 'offline', callSid: null });
  });
});
