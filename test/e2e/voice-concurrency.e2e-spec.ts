import { Role } from '@gru/auth';
import { CallDispatcher } from '@gru/call-routing';
import {
  freePort,
  spawnProcess,
  SpawnedProcess,
  startTwilioDouble,
  TwilioDouble,
  waitFor,
} from '@gru/testing';
import { expectedTwilioSignature, VoiceAgents } from '@gru/voice';
import { resolve } from 'node:path';
import { configDirectoryWith } from '../support/config-directory';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid } from '../support/twilio-webhooks';
import { workerFixture, WorkerFixture } from '../support/worker-process';

const ROOT = resolve(__dirname, '../..');
const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-twilio-auth-token-0123456789';
const PUBLIC = 'http://127.0.0.1:3000';
const JWT_SECRET = 'concurrency-test-jwt-secret-0123456789abcdef';
const POSTCODES = ['80000', '62000', '02100', '59000'];

/** 2 API and 2 worker processes, 200 simultaneous calls, 20 agents: nobody double-booked, nothing lost. */
describe('numéro vert under load across processes', () => {
  let twilio: TwilioDouble;
  let fixture: WorkerFixture;
  let setup: TestApi;
  const apis: { process: SpawnedProcess; base: string }[] = [];
  // Posting 200 calls takes over 20 s on a loaded machine: with the production offer timeout some
  // offers expired (their calls rightly back in the queue) before the board was read.
  const config = configDirectoryWith({
    'call-routing.json': (rules) => {
      rules.offerTimeoutSeconds = 120;
    },
  });

  beforeAll(async () => {
    twilio = await startTwilioDouble(ACCOUNT, TOKEN);
    fixture = await workerFixture();
    const env = {
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_API_BASE_URL: twilio.url,
      PUBLIC_BASE_URL: PUBLIC,
      VOICE_OPENING: 'always',
      JWT_SECRET,
      GRU_CONFIG_DIR: config.path,
    };
    setup = await startTestApi({
      ...env,
      DATABASE_URL: fixture.database.url,
      REDIS_PREFIX: fixture.prefix,
    });
    await Promise.all([fixture.start(env), fixture.start(env)]);
    for (let index = 0; index < 2; index += 1) {
      const port = await freePort();
      const api = spawnProcess(process.execPath, [resolve(ROOT, 'dist/apps/api/src/main.js')], {
        cwd: ROOT,
        env: { ...fixture.env, ...env, PORT: String(port), LOG_LEVEL: 'info' },
      });
      apis.push({ process: api, base: `http://127.0.0.1:${port}` });
    }
    await Promise.all(
      apis.map(({ base }) =>
        waitFor(
          async () => (await fetch(`${base}/health`).catch(() => undefined))?.ok,
          30_000,
          'an API process',
        ),
      ),
    );
  }, 90_000);

  afterAll(async () => {
    for (const api of apis) api.process.kill('SIGKILL');
    await setup.close();
    await fixture.close();
    await twilio.close();
    config.remove();
  });

  const post = (base: string, path: string, fields: Record<string, string>) => {
    const body = { AccountSid: ACCOUNT, To: '+33800000000', CallStatus: 'in-progress', ...fields };
    return fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': expectedTwilioSignature(TOKEN, `${PUBLIC}${path}`, body),
      },
      body: new URLSearchParams(body).toString(),
    });
  };

  it('offers each agent one call at a time and keeps every other call waiting', async () => {
    const voiceAgents = setup.app.get(VoiceAgents);
    const specs = [
      ...Array.from({ length: 6 }, () => ({ antennaId: 'amiens', mobileTeam: false })),
      ...Array.from({ length: 6 }, () => ({ antennaId: 'arras', mobileTeam: false })),
      ...Array.from({ length: 4 }, () => ({ antennaId: 'saint-quentin', mobileTeam: false })),
      ...Array.from({ length: 4 }, () => ({ antennaId: null, mobileTeam: true })),
    ];
    const agentIds: string[] = [];
    for (const [index, spec] of specs.entries()) {
      const agent = await setup.createStaff({
        role: Role.Agent,
        antennaId: spec.antennaId,
        mobileTeam: spec.mobileTeam,
      });
      await voiceAgents.setSkill(agent.id, true);
      const base = apis[index % 2].base;
      const login = (await (
        await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: agent.email, password: agent.password }),
        })
      ).json()) as { accessToken: string };
      const presence = await fetch(`${base}/api/voice/presence`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${login.accessToken}`,
        },
        body: JSON.stringify({ presence: 'available' }),
      });
      expect(presence.status).toBe(200);
      agentIds.push(agent.id);
    }

    const calls = Array.from({ length: 200 }, (_, index) => ({
      callSid: newCallSid(),
      postcode: POSTCODES[index % POSTCODES.length],
      base: apis[index % 2].base,
    }));
    const answers = await Promise.all(
      calls.map(async (call) => {
        const incoming = await post(call.base, '/voice/incoming', {
          CallSid: call.callSid,
          From: '+33600000000',
        });
        const routed = await post(call.base, '/voice/postcode?attempt=1', {
          CallSid: call.callSid,
          Digits: call.postcode,
        });
        return [incoming.status, routed.status, await routed.text()] as const;
      }),
    );
    expect(
      answers.every(
        ([incoming, routed, twiml]) =>
          incoming === 200 && routed === 200 && twiml.includes('<Enqueue'),
      ),
    ).toBe(true);

    const redirects = () =>
      twilio.requests.filter((request) => /\/Calls\/CA\w{32}\.json$/.test(request.path));
    await waitFor(() => redirects().length >= 20, 15_000, '20 offers (one per agent)');
    await new Promise((settle) => setTimeout(settle, 1000));

    const offers = redirects().map((request) => ({
      callSid: request.path.match(/(CA\w{32})\.json$/)?.[1],
      agent: new URL(String(request.form.Url)).searchParams.get('agent'),
    }));
    expect(offers).toHaveLength(20);
    expect(new Set(offers.map((offer) => offer.agent)).size).toBe(20);
    expect(new Set(offers.map((offer) => offer.callSid)).size).toBe(20);
    expect(offers.every((offer) => agentIds.includes(offer.agent as string))).toBe(true);

    const board = await setup.app.get(CallDispatcher).snapshot();
    const known = new Set([
      ...board.waiting.map((call) => call.callSid),
      ...board.active.map((call) => call.callSid),
    ]);
    expect(calls.every((call) => known.has(call.callSid))).toBe(true);
    expect(board.waiting).toHaveLength(180);
    expect(board.agents.filter((agent) => agent.callSid !== null)).toHaveLength(20);
  }, 90_000);
});
