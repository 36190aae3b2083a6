import { Role } from '@gru/auth';
import { ScreenPopService } from '@gru/voice';
import { waitFor } from '@gru/testing';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

describe('screen pop across API processes', () => {
  let webhooks: TestApi;
  let agentSide: TestApi;
  let stream: IncomingMessage | undefined;

  beforeAll(async () => {
    webhooks = await startTestApi({ VOICE_OPENING: 'always' });
    agentSide = await startTestApi({
      DATABASE_URL: webhooks.database.url,
      REDIS_PREFIX: webhooks.config.redis.keyPrefix,
      JWT_SECRET: webhooks.config.auth.jwtSecret,
    });
    await agentSide.app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    stream?.destroy();
    await agentSide.close();
    await webhooks.close();
  });

  it('pushes the caller, postcode, commune, antenna, citizen and open requests to the agent on another process', async () => {
    const agent = await webhooks.createStaff({ role: Role.Agent, antennaId: 'arras' });
    const login = await webhooks
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const citizen = await webhooks
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({
        firstName: 'Lina',
        lastName: 'Carpentier',
        phone: '06 10 20 30 40',
        inseeCode: '62041',
      })
      .expect(201);
    await webhooks
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'phone', subject: 'Suivi aide au permis' })
      .expect(201);

    const events: string[] = [];
    const port = (agentSide.app.getHttpServer().address() as AddressInfo).port;
    stream = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/voice/events',
          headers: { ...auth, Accept: 'text/event-stream' },
        },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
    stream.on('data', (chunk: Buffer) => events.push(chunk.toString()));
    await waitFor(
      () => events.join('').includes('event: ready'),
      5_000,
      'the event stream to open',
    );

    const callSid = newCallSid();
    await twilioPost(webhooks, '/voice/incoming', {
      CallSid: callSid,
      From: '+33610203040',
    }).expect(200);
    await twilioPost(webhooks, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: '+33610203040',
      Digits: '62000',
    }).expect(200);
    await webhooks.app.get(ScreenPopService).publish(agent.id, callSid);

    const text = await waitFor(
      () => (events.join('').includes('event: screen-pop') ? events.join('') : undefined),
      5_000,
      'the screen pop',
    );
    const data = text
      .split('event: screen-pop')[1]
      .split('\n')
      .find((line) => line.startsWith('data: ')) as string;
    const pop = JSON.parse(data.slice('data: '.length)) as Record<string, unknown>;
    expect(pop).toMatchObject({
      callSid,
      callerNumber: '+33610203040',
      postcode: '62000',
      communes: ['Arras', 'Dainville'],
      antennaId: 'arras',
      antennaName: "Antenne d'Arras",
      citizen: { id: citizen.body.id, lastName: 'Carpentier' },
      openRequests: [expect.objectContaining({ subject: 'Suivi aide au permis' })],
    });
  });

  it('tells the agent when an offered call went unanswered and they were set on break', async () => {
    const agent = await webhooks.createStaff({ role: Role.Agent, antennaId: 'arras' });
    const login = await webhooks
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const events: string[] = [];
    const port = (agentSide.app.getHttpServer().address() as AddressInfo).port;
    const own = await new Promise<IncomingMessage>((resolveStream, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/voice/events',
          headers: { Authorization: `Bearer ${login.body.accessToken}` },
        },
        resolveStream,
      );
      req.on('error', reject);
      req.end();
    });
    own.on('data', (chunk: Buffer) => events.push(chunk.toString()));
    await waitFor(
      () => events.join('').includes('event: ready'),
      5_000,
      'the event stream to open',
    );
    await webhooks.app
      .get(ScreenPopService)
      .notifyOfferLapsed(agent.id, 'CA0123456789abcdef0123456789abcdef');
    const text = await waitFor(
      () => (events.join('').includes('event: offer-lapsed') ? events.join('') : undefined),
      5_000,
      'the notice',
    );
    expect(text).toContain('"presence":"break"');
    own.destroy();
  });

  it('refuses the event stream without a token', async () => {
    await agentSide.http().get('/api/voice/events').expect(401);
  });
});
