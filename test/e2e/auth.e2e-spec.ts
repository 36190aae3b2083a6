import { AuditLogService } from '@gru/audit';
import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

describe('staff authentication (POST /api/auth/*)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('returns an access token and a refresh token for the right password', async () => {
    const agent = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      email: 'Agent.Login@gru.test',
    });
    const response = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'agent.login@GRU.test', password: agent.password })
      .expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });

    const me = await api
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      id: agent.id,
      role: 'agent',
      antennaId: 'amiens',
      mobileTeam: false,
    });
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const wrong = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@gru.test', password: 'whatever' })
      .expect(401);
    expect(wrong.body).toMatchObject({
      code: 'invalid-credentials',
      message: expect.stringContaining('incorrect'),
    });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('names the invalid field when the body is malformed', async () => {
    const response = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 'x' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'email', messages: [expect.any(String)] }],
    });
  });

  it('locks the address after five failures, even for the right password, and says when to retry', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: agent.email, password: 'wrong' })
        .expect(401);
    }
    const fifth = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: 'wrong' })
      .expect(429);
    expect(fifth.body.code).toBe('account-locked');
    const locked = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('rotates refresh tokens and revokes the family when a spent token is replayed', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const first = login.body.refreshToken as string;

    const rotated = await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: first })
      .expect(200);
    expect(rotated.body.refreshToken).not.toBe(first);

    await api.http().post('/api/auth/refresh').send({ refreshToken: first }).expect(401);
    // The replay revoked the whole family: the legitimate latest token is dead too.
    await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: rotated.body.refreshToken })
      .expect(401);
  });

  it('ends the session on logout', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    await api
      .http()
      .post('/api/auth/logout')
      .send({ refreshToken: login.body.refreshToken })
      .expect(204);
    await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(401);
  });

  it('refuses API calls without a token or with a forged one', async () => {
    await api.http().get('/api/auth/me').expect(401);
    const forged = await api
      .http()
      .get('/api/auth/me')
      .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA')
      .expect(401);
    expect(forged.body.code).toBe('invalid-token');
  });
});

describe('staff authentication under concurrent attempts', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('verifies at most five passwords of thirty simultaneous logins and lets none in past the limit', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    const attempts = [...Array.from({ length: 29 }, () => 'wrong-password'), agent.password].map(
      (password) => api.http().post('/api/auth/login').send({ email: agent.email, password }),
    );
    const responses = await Promise.all(attempts);
    const statuses = responses.map((response) => response.status);

    const verified = (
      await api.app
        .get(AuditLogService)
        .find({ resourceType: 'staff-session', resourceId: agent.id })
    ).filter((entry) => entry.action === 'login-failed' || entry.action === 'login-succeeded');
    expect(verified.length).toBeLessThanOrEqual(5);
    expect(
      statuses.filter((status) => status === 200 || status === 401).length,
    ).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
    for (const response of responses.filter((each) => each.status === 429)) {
      expect(response.body).toMatchObject({ statusCode: 429, code: 'account-locked' });
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    if (!statuses.includes(200)) {
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: agent.email, password: agent.password })
        .expect(429);
    }
  });
});

describe('per-address limit on login and refresh', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers 429 with the one error shape once an IP address passes its limit', async () => {
    const { ipRequestLimit } = api.config.auth;
    for (let request = 1; request <= ipRequestLimit; request += 1) {
      await api
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: 'x'.repeat(40) })
        .expect(401);
    }
    const refused = await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: 'x'.repeat(40) })
      .expect(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      code: 'rate-limited',
      message: expect.any(String),
      retryAfterSeconds: expect.any(Number),
      requestId: expect.any(String),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    // Login is limited on its own counter, per address, whichever email is tried.
    for (let request = 1; request <= ipRequestLimit; request += 1) {
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: `nobody-${request}@gru.test`, password: 'whatever' })
        .expect(401);
    }
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'someone-else@gru.test', password: 'whatever' })
      .expect(429);
    expect(login.body.code).toBe('rate-limited');
  });
});

describe('client address behind proxies (TRUSTED_PROXIES)', () => {
  /** Logs an agent in with `X-Forwarded-For: 203.0.113.9` and returns the login's audit entry. */
  async function loginAuditedBehindForwardedAddress(api: TestApi) {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    await api
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.9')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const [entry] = await api.app
      .get(AuditLogService)
      .find({ resourceType: 'staff-session', resourceId: agent.id });
    return entry;
  }

  it('ignores X-Forwarded-For by default: the audit trail records the connecting address', async () => {
    const api = await startTestApi();
    try {
      const entry = await loginAuditedBehindForwardedAddress(api);
      expect(entry.action).toBe('login-succeeded');
      expect(entry.ipAddress).toMatch(/127\.0\.0\.1/);
    } finally {
      await api.close();
    }
  });

  it('takes the forwarded address from a configured trusted proxy', async () => {
    const api = await startTestApi({ TRUSTED_PROXIES: 'loopback' });
    try {
      const entry = await loginAuditedBehindForwardedAddress(api);
      expect(entry.ipAddress).toBe('203.0.113.9');
    } finally {
      await api.close();
    }
  });
});
