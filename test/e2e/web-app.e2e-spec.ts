import { startTestApi, type TestApi } from '../support/test-api';

/** The API process serves the built web application (dist/web) on its own origin. */
describe('the web application served by the API', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers / and client-side routes with index.html when the browser asks for a page', async () => {
    for (const path of ['/', '/connexion', '/demandes/HDF-2026-000001']) {
      const response = await api
        .http()
        .get(path)
        .set('Accept', 'text/html,application/xhtml+xml')
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<html lang="fr"');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const index = await api.http().get('/').set('Accept', 'text/html').expect(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    expect(script).toBeDefined();
    const response = await api.http().get(script!).expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('leaves the API, health, metrics and webhooks to the API, even for a browser', async () => {
    const notFound = await api.http().get('/api/nowhere').set('Accept', 'text/html').expect(404);
    expect(notFound.body).toMatchObject({ code: 'not-found' });
    await api.http().get('/health').set('Accept', 'text/html').expect(200);
    const metrics = await api.http().get('/metrics').set('Accept', 'text/html').expect(200);
    expect(metrics.text).not.toContain('<div id="root">');
    const voice = await api.http().get('/voice/incoming').set('Accept', 'text/html');
    expect(voice.text).not.toContain('<div id="root">');
  });

  it('answers a non-HTML request for an unknown path with the API 404, not the page', async () => {
    const response = await api
      .http()
      .get('/demandes')
      .set('Accept', 'application/json')
      .expect(404);
    expect(response.text).not.toContain('<div id="root">');
  });
});
