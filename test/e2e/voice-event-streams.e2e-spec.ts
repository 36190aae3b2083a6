import { Role, StaffDirectory } from '@gru/auth';
import { REDIS_SERVER_URL, waitFor } from '@gru/testing';
import Redis from 'ioredis';
import { configDirectoryWith } from '../support/config-directory';
import { openEventStream, OpenedEventStream } from '../support/event-stream';
import { startTestApi, TestApi } from '../support/test-api';

describe('screen-pop event streams: one Redis subscriber, a cap per user, closed with the session', () => {
  const streams: OpenedEventStream[] = [];
  const config = configDirectoryWith({
    'voice.json': (voice) => {
      voice.eventStreams = { maxPerUser: 3, accountCheckSeconds: 1 };
    },
  });
  const shortTokens = configDirectoryWith({
    'settings.json': (settings) => {
      (settings.auth as Record<string, unknown>).accessTokenTtlSeconds = 3;
    },
  });
  let api: TestApi;
  let shortLived: TestApi;
  let redis: Redis;

  beforeAll(async () => {
    api = await startTestApi({ GRU_CONFIG_DIR: config.path });
    await api.app.listen(0, '127.0.0.1');
    shortLived = await startTestApi({ GRU_CONFIG_DIR: shortTokens.path });
    await shortLived.app.listen(0, '127.0.0.1');
    redis = new Redis(REDIS_SERVER_URL);
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    redis.disconnect();
    await shortLived.close();
    await api.close();
    config.remove();
    shortTokens.remove();
  });

  const open = async (app: TestApi, token: string): Promise<OpenedEventStream> => {
    const stream = await openEventStream(app.app, token);
    streams.push(stream);
    return stream;
  };
  const ready = (stream: OpenedEventStream) =>
    waitFor(() => stream.text().includes('event: ready'), 5_000, 'the event stream to open');
  const subscriberConnections = async (app: TestApi): Promise<number> => {
    const list = (await redis.call('CLIENT', 'LIST')) as string;
    return list
      .split('\n')
      .filter((line) => line.includes(` name=gru-screen-pop:${app.config.redis.keyPrefix} `))
      .length;
  };

  it('serves every stream of the process through one Redis connection', async () => {
    const first = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const second = await api.tokenFor({ role: Role.Agent, antennaId: 'arras' });
    const opened = [
      await open(api, first),
      await open(api, first),
      await open(api, second),
      await open(api, second),
    ];
    await Promise.all(opened.map(ready));
    expect(await subscriberConnections(api)).toBe(1);
    for (const stream of opened) stream.close();
    await Promise.all(opened.map((stream) => stream.closed));
  });

  it('refuses a fourth open stream of one user with 429 and the one error shape', async () => {
    const token = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const opened = [await open(api, token), await open(api, token), await open(api, token)];
    await Promise.all(opened.map(ready));
    const refused = await open(api, token);
    expect(refused.response.statusCode).toBe(429);
    await refused.closed;
    expect(JSON.parse(refused.text())).toMatchObject({
      statusCode: 429,
      code: 'rate-limited',
      message: expect.any(String),
    });
    opened[0].close();
    await opened[0].closed;
    await waitFor(
      async () => {
        const again = await open(api, token);
        if (again.response.statusCode === 200) return true;
        again.close();
        return undefined;
      },
      5_000,
      'a stream slot to free up',
    );
  });

  it('closes the stream when the access token expires', async () => {
    const token = await shortLived.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const stream = await open(shortLived, token);
    await ready(stream);
    const ended = await Promise.race([
      stream.closed.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 6_000)),
    ]);
    expect(ended).toBe(true);
  });

  it('closes the stream when the account is deactivated', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const stream = await open(api, login.body.accessToken as string);
    await ready(stream);
    await api.app.get(StaffDirectory).deactivate(agent.id);
    const ended = await Promise.race([
      stream.closed.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    expect(ended).toBe(true);
  });
});
