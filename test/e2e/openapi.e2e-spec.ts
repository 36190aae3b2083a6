import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/create-api-app';
import { startTestApi, TestApi } from '../support/test-api';

const COMMITTED = resolve(__dirname, '../../docs/openapi.json');

/**
 * OpenAPI drift: the committed docs/openapi.json is the API contract that reviewers read; a change
 * to the routes must come with it. `npm run openapi:update` rewrites it.
 */
describe('OpenAPI contract', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('matches the committed docs/openapi.json', () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(api.app), null, 2)}\n`;
    if (process.env.GRU_UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, generated);
    expect(existsSync(COMMITTED)).toBe(true);
    expect(JSON.parse(generated)).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
  });
});
