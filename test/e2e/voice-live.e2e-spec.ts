import { Role } from '@gru/auth';
import { CallDispatcher } from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { ContactLog } from '@gru/requests';
import { startTwilioDouble, TwilioDouble, waitFor } from '@gru/testing';
import { DataSource } from 'typeorm';
import { configDirectoryWith } from '../support/config-directory';
import { openEventStream, OpenedEventStream } from '../support/event-stream';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-twilio-auth-token-0123456789';

interface Row {
  antennaId: string;
  waiting: number;
  waitingByStep: { step: number; count: number }[];
  agents: Record<string, number>;
  today: Record<string, number | null>;
  callbacksDueToday: number;
}
interface Board {
  antennas: Row[];
  totals: Omit<Row, 'antennaId'>;
  waitingCalls: { antennaId: string; step: number; pool: string; waitedSeconds: number }[];
}

/** The `snapshot` events received so far on a stream, oldest first. */
function snapshots(stream: OpenedEventStream): Board[] {
  return stream
    .text()
    .split('\n\n')
    .filter((block) => block.includes('event: snapshot'))
    .map((block) => {
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      return JSON.parse(data) as Board;
    });
}

/** The live board: scopes by role, today's figures from the contacts, pushes on routing changes. */
describe('live board of the free number', () => {
  let twilio: TwilioDouble;
  let api: TestApi;
  let manager: string;
  let antennaManager: string;
  let agentAuth: { Authorization: string };
  let agentId: string;
  const streams: OpenedEventStream[] = [];

  beforeAll(async () => {
    twilio = await startTwilioDouble(ACCOUNT, TOKEN);
    api = await startTestApi({
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      VOICE_OPENING: 'always',
    });
    await api.app.listen(0, '127.0.0.1');
    manager = await api.tokenFor({ role: Role.Manager });
    antennaManager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    agentId = agent.id;
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    agentAuth = { Authorization: `Bearer ${login.body.accessToken}` };
    const skill = await api
      .http()
      .put(`/api/voice/agents/${agentId}/skill`)
      .set('Authorization', `Bearer ${antennaManager}`)
      .send({ phoneSkill: true })
      .expect(200);
    expect(skill.body).toEqual({ userId: agentId, phoneSkill: true });
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await api.close();
    await twilio.close();
  });

  const board = async (token: string, query = '') =>
    (
      await api
        .http()
        .get(`/api/voice/live${query}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body as Board;
  const rowOf = (body: Board, antennaId: string) =>
    body.antennas.find((row) => row.antennaId === antennaId) as Row;
  const callArrives = async (from: string, postcode = '80000') => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: from }).expect(200);
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: from,
      Digits: postcode,
    }).expect(200);
    return callSid;
  };

  it('shows managers every antenna and the mobile team, antenna managers only theirs, agents nothing', async () => {
    const all = await board(manager);
    expect(all.antennas.map((row) => row.antennaId)).toEqual(
      expect.arrayContaining(['amiens', 'arras', 'equipe-mobile']),
    );
    expect(all.antennas.length).toBeGreaterThan(3);
    const own = await board(antennaManager);
    expect(own.antennas.map((row) => row.antennaId)).toEqual(['amiens']);
    expect((await board(manager, '?antennaId=arras')).antennas.map((r) => r.antennaId)).toEqual([
      'arras',
    ]);
    await api
      .http()
      .get('/api/voice/live?antennaId=arras')
      .set('Authorization', `Bearer ${antennaManager}`)
      .expect(403);
    await api.http().get('/api/voice/live').set(agentAuth).expect(403);
    const unknown = await api
      .http()
      .get('/api/voice/live?antennaId=atlantide')
      .set('Authorization', `Bearer ${manager}`)
      .expect(404);
    expect(unknown.body.message).toContain('atlantide');
    const refused = await openEventStream(
      api.app,
      antennaManager,
      '/api/voice/live/events?antennaId=arras',
    );
    streams.push(refused);
    await refused.closed;
    expect(refused.response.statusCode).toBe(403);
    expect(refused.text()).toContain('périmètre');
    // The stream's refusal is audited like any other, without holding the 403 back.
    await waitFor(
      async () =>
        Number(
          (
            await api.app
              .get(DataSource)
              .query<{ count: string }[]>(
                `SELECT count(*) FROM audit_entries WHERE action = 'access-denied' AND details->>'path' = '/api/voice/live/events'`,
              )
          )[0].count,
        ) === 1,
      5_000,
      'the refusal of the stream in the audit log',
    );
  });

  it("counts a waiting call, then today's answer within 20 s by the caller's own antenna", async () => {
    // No worker here: the call waits until the test runs a dispatch round itself.
    await api
      .http()
      .put('/api/voice/presence')
      .set(agentAuth)
      .send({ presence: 'available' })
      .expect(200);
    const callSid = await callArrives('+33612340001');

    const waiting = await board(antennaManager);
    expect(rowOf(waiting, 'amiens')).toMatchObject({
      waiting: 1,
      waitingByStep: [{ step: 0, count: 1 }],
      agents: { available: 1, on_call: 0 },
      today: { offered: 1, answered: 0, ownAntennaShare: null },
    });
    expect(waiting.waitingCalls).toEqual([
      { antennaId: 'amiens', step: 0, pool: 'own-antenna', waitedSeconds: expect.any(Number) },
    ]);
    expect(JSON.stringify(waiting)).not.toContain('612340001');

    const offers = await api.app.get(CallDispatcher).dispatch();
    expect(offers).toEqual([expect.objectContaining({ callSid, agentId })]);
    expect(rowOf(await board(manager), 'amiens').agents).toMatchObject({ ringing: 1 });
    await twilioPost(api, `/voice/agent-status?call=${callSid}&agent=${agentId}`, {
      CallSid: 'CA99999999999999999999999999999991',
      CallStatus: 'in-progress',
    }).expect(200);

    const answered = await board(manager);
    expect(rowOf(answered, 'amiens')).toMatchObject({
      waiting: 0,
      waitingByStep: [],
      agents: { on_call: 1, available: 0 },
      today: { offered: 1, answered: 1, answeredWithin20s: 1, abandoned: 0, ownAntennaShare: 1 },
    });
    expect(answered.totals.today).toMatchObject({ offered: 1, answered: 1, ownAntennaShare: 1 });
    expect(answered.waitingCalls).toEqual([]);
  });

  it('counts a caller who hangs up as abandoned, and a callback due today once its due date comes', async () => {
    const gone = await callArrives('+33612340004');
    await twilioPost(api, '/voice/status', {
      CallSid: gone,
      CallStatus: 'completed',
      CallDuration: '12',
    }).expect(200);
    const callback = await callArrives('+33612340005');
    await twilioPost(api, '/voice/wait-choice', {
      CallSid: callback,
      From: '+33612340005',
      Digits: '1',
    }).expect(200);
    const before = rowOf(await board(manager), 'amiens');
    expect(before).toMatchObject({
      waiting: 0,
      today: { offered: 3, answered: 1, abandoned: 1 },
      callbacksDueToday: 0,
    });

    // Callbacks fall due the next working day: bring this one forward to today.
    const contact = await api.app.get(ContactLog).findByExternalRef(ContactChannel.Phone, callback);
    await api.app
      .get(DataSource)
      .query('UPDATE requests SET due_at = now() WHERE id = $1', [contact?.requestId]);
    expect(rowOf(await board(manager), 'amiens').callbacksDueToday).toBe(1);
  });

  it('pushes a new snapshot on the stream as soon as a call arrives, before the periodic refresh', async () => {
    const stream = await openEventStream(api.app, antennaManager, '/api/voice/live/events');
    streams.push(stream);
    expect(stream.response.statusCode).toBe(200);
    const [first] = await waitFor(
      () => (snapshots(stream).length > 0 ? snapshots(stream) : undefined),
      5_000,
      'the first snapshot',
    );
    expect(first.antennas.map((row) => row.antennaId)).toEqual(['amiens']);
    const before = rowOf(first, 'amiens').waiting;

    const arrived = Date.now();
    await callArrives('+33612340002');
    await callArrives('+33612340003', '62000');
    const pushed = await waitFor(
      () => snapshots(stream).find((snapshot) => rowOf(snapshot, 'amiens').waiting === before + 1),
      4_000,
      'a snapshot with the new call',
    );
    expect(Date.now() - arrived).toBeLessThan(4_000);
    // The Arras call changed the routing state too, but stays out of this antenna manager's view.
    expect(pushed.waitingCalls.every((call) => call.antennaId === 'amiens')).toBe(true);
    expect(pushed.totals.waiting).toBe(before + 1);
  });
});

describe('live board stream lifetime', () => {
  const shortTokens = configDirectoryWith({
    'settings.json': (settings) => {
      (settings.auth as Record<string, unknown>).accessTokenTtlSeconds = 3;
    },
  });
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ GRU_CONFIG_DIR: shortTokens.path });
    await api.app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await api.close();
    shortTokens.remove();
  });

  it('ends the stream when the access token expires, like the agent stream', async () => {
    const token = await api.tokenFor({ role: Role.Manager });
    const stream = await openEventStream(api.app, token, '/api/voice/live/events');
    await waitFor(() => snapshots(stream).length > 0, 3_000, 'the first snapshot');
    let ended = false;
    void stream.closed.then(() => (ended = true));
    // The token lives 3 s: the server ends the stream, the client does not.
    await waitFor(() => ended, 6_000, 'the stream to end with its token');
    stream.close();
  });
});
