import { createTestDatabase, REDIS_SERVER_URL, TestDatabase } from '@gru/testing';
import { stringify } from 'yaml';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');
const CATALOGUE = resolve(ROOT, 'test/fixtures/knowledge-import/small-catalogue.json');
const run = promisify(execFile);

/** `npm run kb:import` as a process, on a private database: idempotent by slug. */
describe('kb:import', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function kbImport(...args: string[]): Promise<unknown> {
    const { stdout } = await run('npx', ['ts-node', 'tools/kb-import/kb-import.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        REDIS_URL: REDIS_SERVER_URL,
        REDIS_PREFIX: `${database.name}_kb`,
        LOG_LEVEL: 'silent',
      },
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  }

  async function count(sql: string): Promise<number> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(sql)).rows[0].n);
    } finally {
      await client.end();
    }
  }

  it('creates, then changes nothing on a second run, then updates only what changed', async () => {
    expect(await kbImport('--publish', CATALOGUE)).toEqual({
      schemes: { created: 1, updated: 0, unchanged: 0 },
      articles: { created: 2, updated: 0, unchanged: 0 },
      synonyms: { groups: 1, changed: true },
    });
    expect(await kbImport('--publish', CATALOGUE)).toEqual({
      schemes: { created: 0, updated: 0, unchanged: 1 },
      articles: { created: 0, updated: 0, unchanged: 2 },
      synonyms: { groups: 1, changed: false },
    });
    expect(
      await count(`SELECT count(*) AS n FROM knowledge_revisions WHERE state = 'published'`),
    ).toBe(3);

    const directory = mkdtempSync(join(tmpdir(), 'kb-import-'));
    // The same catalogue written in YAML is the same content.
    writeFileSync(
      join(directory, 'catalogue.yaml'),
      stringify(JSON.parse(readFileSync(CATALOGUE, 'utf8')) as unknown),
    );
    expect(await kbImport('--publish', join(directory, 'catalogue.yaml'))).toMatchObject({
      schemes: { created: 0, updated: 0, unchanged: 1 },
      articles: { created: 0, updated: 0, unchanged: 2 },
    });
    const edited = JSON.parse(readFileSync(CATALOGUE, 'utf8')) as { articles: { body: string }[] };
    edited.articles[0].body = '<p>Le versement intervient sous quatre semaines.</p>';
    writeFileSync(join(directory, 'edited.json'), JSON.stringify(edited));
    copyFileSync(CATALOGUE, join(directory, 'copy.json'));
    expect(await kbImport(join(directory, 'edited.json'))).toMatchObject({
      schemes: { created: 0, updated: 0, unchanged: 1 },
      articles: { created: 0, updated: 1, unchanged: 1 },
    });
    // Without --publish the change waits as a draft: what agents see is still the published text.
    expect(await count(`SELECT count(*) AS n FROM knowledge_revisions WHERE state = 'draft'`)).toBe(
      1,
    );
  }, 120_000);

  it('refuses malformed YAML, naming the line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kb-import-'));
    const file = join(directory, 'broken.yml');
    writeFileSync(file, 'schemes:\n  - slug: a\n    name: [unclosed\n');
    await expect(kbImport(file)).rejects.toMatchObject({
      stderr: expect.stringMatching(/broken\.yml illisible : .*line/s) as string,
    });
  }, 60_000);

  it('refuses a file naming an unknown antenna, saying where', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kb-import-'));
    const file = join(directory, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        articles: [{ slug: 'x', kind: 'antenna', title: 'X', body: '', antennaId: 'atlantis' }],
      }),
    );
    await expect(kbImport(file)).rejects.toMatchObject({
      stderr: expect.stringContaining('articles[0]') as string,
    });
  }, 60_000);
});
