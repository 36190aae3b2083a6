import type { NestExpressApplication } from '@nestjs/platform-express';
import { Role, StaffDirectory } from '@gru/auth';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';

/** RGPD: logs keep the request id but never a citizen's name or phone number. */
describe('request logs', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let prefix: string;
  const lines: string[] = [];
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database.url, { LOG_LEVEL: 'info' });
    prefix = config.redis.keyPrefix;
    const logDestination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    app = await createApiApp(config, { destination: logDestination });
    await app.init();
    const manager = await app.get(StaffDirectory).create({
      email: 'manager.logs@gru.test',
      displayName: 'Responsable',
      antennaId: null,
      mobileTeam: false,
      role: Role.Manager,
      password: 'manager-password',
    });
    const login = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: manager.email, password: 'manager-password' })
      .expect(200);
    token = (login.body as { accessToken: string }).accessToken;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await deleteRedisKeys(prefix);
  });

  const linesOf = (requestId: string) => lines.filter((line) => line.includes(requestId));

  it('logs the path of a search, never its query string', async () => {
    await request(app.getHttpServer())
      .get('/api/search?q=Dupont')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'req-log-search')
      .expect(200);
    const logged = linesOf('req-log-search');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).toContain('/api/search');
    expect(logged.join('\n').toLowerCase()).not.toContain('dupont');
  });

  it('logs a database failure with its request id and without the query parameters', async () => {
    await app.get(DataSource).query('ALTER TABLE citizens RENAME TO citizens_moved_away');
    try {
      const failed = await request(app.getHttpServer())
        .get('/api/search?q=Dupont')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Request-Id', 'req-log-db-error')
        .expect(500);
      expect(failed.body.requestId).toBe('req-log-db-error');
    } finally {
      await app.get(DataSource).query('ALTER TABLE citizens_moved_away RENAME TO citizens');
    }
    const logged = linesOf('req-log-db-error').join('\n');
    expect(logged).toContain('Unhandled error');
    expect(logged).toContain('42P01');
    expect(logged.toLowerCase()).not.toContain('dupont');
  });
});
