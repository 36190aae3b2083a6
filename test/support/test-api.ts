import type { NestExpressApplication } from '@nestjs/platform-express';
import { NewStaffMember, Role, StaffDirectory, User } from '@gru/auth';
import type { GruConfig } from '@gru/config';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/create-api-app';

export interface TestApi {
  readonly app: NestExpressApplication;
  readonly config: GruConfig;
  readonly database: TestDatabase;
  http(): ReturnType<typeof request>;
  createStaff(
    member: Partial<NewStaffMember> & { role: Role },
  ): Promise<User & { password: string }>;
  tokenFor(member: Partial<NewStaffMember> & { role: Role }): Promise<string>;
  close(): Promise<void>;
}

/** The real API on its own database and Redis prefix, served on an ephemeral port. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, overrides);
  const app = await createApiApp(config);
  await app.init();
  const directory = app.get(StaffDirectory);
  const createStaff = async (member: Partial<NewStaffMember> & { role: Role }) => {
    const password = member.password ?? `pw-${randomBytes(8).toString('hex')}`;
    const user = await directory.create({
      email: member.email ?? `staff-${randomBytes(4).toString('hex')}@gru.test`,
      displayName: member.displayName ?? 'Agent de test',
      antennaId: member.antennaId ?? null,
      mobileTeam: member.mobileTeam ?? false,
      role: member.role,
      password,
    });
    return Object.assign(user, { password });
  };
  return {
    app,
    config,
    database,
    http: () => request(app.getHttpServer()),
    createStaff,
    async tokenFor(member) {
      const user = await createStaff(member);
      const response = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(200);
      return (response.body as { accessToken: string }).accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
      await deleteRedisKeys(config.redis.keyPrefix);
    },
  };
}
