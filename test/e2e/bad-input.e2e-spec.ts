import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

/** Malformed input is the client's fault: a 4xx with the one error shape, never a 500. */
describe('bad input on any route', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers 413 to a JSON body over the size limit', async () => {
    const response = await api
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@gru.test', password: 'x'.repeat(300_000) }))
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      code: 'payload-too-large',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await api
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'validation-failed' });
  });

  it('answers 400 naming the parameter when a query parameter is repeated', async () => {
    const token = await api.tokenFor({ role: Role.Manager });
    const response = await api
      .http()
      .get('/api/search?q=martin&q=dupont')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'validation-failed',
      errors: [{ field: 'q', messages: [expect.any(String)] }],
      requestId: expect.any(String),
    });
  });

  it('answers 400 to a malformed portfolio cursor', async () => {
    const token = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const forged = Buffer.from(JSON.stringify({ nameKey: 'martin', id: 'not-a-uuid' })).toString(
      'base64url',
    );
    const response = await api
      .http()
      .get(`/api/antennas/amiens/portfolio?after=${forged}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'validation-failed' });
    await api
      .http()
      .get('/api/antennas/amiens/portfolio?after=%%%')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
  });
});
