import { Role } from '@gru/auth';
import { freePort, spawnProcess, SpawnedProcess, waitFor } from '@gru/testing';
import { startTestApi, TestApi } from '../support/test-api';

describe('operations endpoints', () => {
  describe('with PostgreSQL and Redis up', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi();
    });

    afterAll(() => api.close());

    it('reports health 200 with db and redis up, without authentication', async () => {
      const response = await api.http().get('/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    });

    it('serves Prometheus metrics, including HTTP timings by route', async () => {
      await api.http().get('/health').expect(200);
      const response = await api.http().get('/metrics').expect(200);
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.text).toContain('gru_process_cpu_seconds_total');
      expect(response.text).toMatch(
        /gru_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/,
      );
    });

    it('serves the OpenAPI document at /api/docs', async () => {
      await api.http().get('/api/docs').expect(200);
      const document = await api.http().get('/api/docs/openapi.json').expect(200);
      expect(Object.keys(document.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/users/{id}', '/health']),
      );
    });

    it('echoes a caller-supplied request id and mints one otherwise', async () => {
      const echoed = await api
        .http()
        .get('/health')
        .set('X-Request-Id', 'twilio-CA123')
        .expect(200);
      expect(echoed.headers['x-request-id']).toBe('twilio-CA123');
      const minted = await api
        .http()
        .get('/health')
        .set('X-Request-Id', 'bad id with spaces')
        .expect(200);
      expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('when Redis goes down', () => {
    let redis: SpawnedProcess;
    let api: TestApi;
    let port: number;

    const startRedis = async () => {
      redis = spawnProcess('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]);
      await redis.waitForOutput(/Ready to accept connections/);
    };

    beforeAll(async () => {
      port = await freePort();
      await startRedis();
      api = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${port}` });
    });

    afterAll(async () => {
      // Bring Redis back so the app's clients close cleanly instead of retrying forever.
      if (redis.child.exitCode !== null || redis.child.signalCode !== null) await startRedis();
      await api.close();
      redis.kill('SIGKILL');
      await redis.exited;
    });

    it('answers 503 naming redis as the failed dependency', async () => {
      await api.http().get('/health').expect(200);
      redis.kill('SIGKILL');
      await redis.exited;
      const response = await waitFor(
        async () => {
          const attempt = await api.http().get('/health');
          return attempt.status === 503 ? attempt : undefined;
        },
        10_000,
        'health to turn 503',
      );
      expect(response.body).toEqual({ status: 'error', db: 'up', redis: 'down' });
    });
  });
});

describe('HTTP metrics', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('counts each response with the status the client received, refusals included', async () => {
    const agentToken = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    await api.http().get('/api/auth/me').expect(401);
    await api
      .http()
      .post('/api/system/probes')
      .set('Authorization', `Bearer ${agentToken}`)
      .send({})
      .expect(403);
    await api.http().get('/api/no-such-route').expect(404);
    await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 'x' })
      .expect(400);

    const metrics = (await api.http().get('/metrics').expect(200)).text;
    const count = (route: string, method: string, status: number) =>
      new RegExp(
        `gru_http_request_duration_seconds_count\\{method="${method}",route="${route}",status="${status}"\\} 1\\b`,
      );
    expect(metrics).toMatch(count('/api/auth/me', 'GET', 401));
    expect(metrics).toMatch(count('/api/system/probes', 'POST', 403));
    expect(metrics).toMatch(count('unmatched', 'GET', 404));
    expect(metrics).toMatch(count('/api/auth/login', 'POST', 400));
  });
});

describe('operations endpoints in production', () => {
  const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789';
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production', METRICS_TOKEN });
  });

  afterAll(() => api.close());

  it('does not serve the API documentation', async () => {
    await api.http().get('/api/docs').expect(404);
    await api.http().get('/api/docs/openapi.json').expect(404);
  });

  it('serves metrics only with the metrics bearer token', async () => {
    const anonymous = await api.http().get('/metrics').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'authentication-required' });
    await api.http().get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    const scraped = await api
      .http()
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    expect(scraped.text).toContain('gru_process_cpu_seconds_total');
    await api.http().get('/health').expect(200);
  });

  it('refuses metrics to everyone when no metrics token is configured', async () => {
    const bare = await startTestApi({ NODE_ENV: 'production' });
    try {
      await bare.http().get('/metrics').expect(401);
      await bare.http().get('/metrics').set('Authorization', 'Bearer ').expect(401);
    } finally {
      await bare.close();
    }
  });
});
