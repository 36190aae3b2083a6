import type { NestExpressApplication } from '@nestjs/platform-express';
import { NewStaffMember, PasswordHasher, Role, StaffDirectory, User } from '@gru/auth';
import type { GruConfig } from '@gru/config';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
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
  /** An account created before today's rules (e.g. an agent without antenna): written straight to the table. */
  legacyTokenFor(member: Pick<User, 'role' | 'antennaId' | 'mobileTeam'>): Promise<string>;
  /** Gives an agent the phone skill through the API, as a regional manager would. */
  grantPhoneSkill(userId: string): Promise<void>;
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
  const login = async (email: string, password: string) => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email, password })
      .expect(200);
    return (response.body as { accessToken: string }).accessToken;
  };
  const tokenFor = async (member: Partial<NewStaffMember> & { role: Role }) => {
    const user = await createStaff(member);
    return login(user.email, user.password);
  };
  let manager: Promise<string> | undefined;
  return {
    app,
    config,
    database,
    http: () => request(app.getHttpServer()),
    createStaff,
    tokenFor,
    async grantPhoneSkill(userId) {
      manager ??= tokenFor({ role: Role.Manager });
      await request(app.getHttpServer())
        .put(`/api/voice/agents/${userId}/skill`)
        .set('Authorization', `Bearer ${await manager}`)
        .send({ phoneSkill: true })
        .expect(200);
    },
    async legacyTokenFor(member) {
      const password = `legacy-${randomBytes(8).toString('hex')}`;
      const user = await app
        .get(DataSource)
        .getRepository(User)
        .save({
          ...member,
          email: `legacy-${randomBytes(4).toString('hex')}@gru.test`,
          displayName: 'Compte ancien',
          passwordHash: await app.get(PasswordHasher).hash(password),
          active: true,
        });
      return login(user.email, password);
    },
    async close() {
      await app.close();
      await database.drop();
      await deleteRedisKeys(config.redis.keyPrefix);
    },
  };
}
