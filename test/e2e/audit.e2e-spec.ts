import { AuditLogService } from '@gru/audit';
import { Role } from '@gru/auth';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

describe('audit trail of personal-data reads (RGPD)', () => {
  let api: TestApi;
  let audit: AuditLogService;

  beforeAll(async () => {
    api = await startTestApi();
    audit = api.app.get(AuditLogService);
  });

  afterAll(() => api.close());

  it('records who read which staff record, when, from where and in which request', async () => {
    const manager = await api.createStaff({ role: Role.Manager });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: manager.email, password: manager.password })
      .expect(200);
    const target = await api.createStaff({ role: Role.Agent, antennaId: 'arras' });
    const before = Date.now();

    await api
      .http()
      .get(`/api/users/${target.id}`)
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .set('User-Agent', 'poste-agent/1.0')
      .set('X-Request-Id', 'req-audit-1')
      .expect(200);

    const [entry] = await audit.find({ resourceType: 'user', resourceId: target.id });
    expect(entry).toMatchObject({
      action: 'read',
      actorUserId: manager.id,
      actorRole: 'manager',
      userAgent: 'poste-agent/1.0',
      requestId: 'req-audit-1',
      details: { method: 'GET', path: `/api/users/${target.id}` },
    });
    expect(entry.ipAddress).toMatch(/127\.0\.0\.1/);
    expect(entry.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes no read entry when the read was refused', async () => {
    const agentToken = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const target = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    await api
      .http()
      .get(`/api/users/${target.id}`)
      .set('Authorization', `Bearer ${agentToken}`)
      .expect(403);
    expect(await audit.find({ resourceType: 'user', resourceId: target.id })).toEqual([]);
  });

  it('records failed and successful logins', async () => {
    const agent = await api.createStaff({ role: Role.Agent, antennaId: 'amiens' });
    await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: 'wrong' })
      .expect(401);
    await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const entries = await audit.find({ resourceType: 'staff-session', actorUserId: agent.id });
    expect(entries.map((entry) => entry.action)).toEqual(['login-succeeded', 'login-failed']);
  });

  it('cannot be rewritten: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const dataSource = api.app.get(DataSource);
    await expect(dataSource.query(`UPDATE audit_entries SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
  });
});
