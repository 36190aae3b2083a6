import { Test, TestingModule } from '@nestjs/testing';
import { AUDIT_SCHEMA } from '@gru/audit';
import { AUTH_SCHEMA } from '@gru/auth';
import { ConfigModule } from '@gru/config';
import { composeSchema, DatabaseModule } from '@gru/database';
import { RedisModule } from '@gru/redis';
import { TERRITORY_SCHEMA } from '@gru/territory';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { KNOWLEDGE_SCHEMA } from '../knowledge-schema';
import { KnowledgeModule } from '../knowledge.module';

export interface KnowledgeTestContext {
  readonly app: TestingModule;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

/** The knowledge services on a private copy of the migrated template database. */
export async function startKnowledgeTestContext(): Promise<KnowledgeTestContext> {
  const database = await createTestDatabase();
  const config = testConfig(database.url);
  const app = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(
        composeSchema([AUDIT_SCHEMA, AUTH_SCHEMA, TERRITORY_SCHEMA, KNOWLEDGE_SCHEMA]),
      ),
      RedisModule,
      KnowledgeModule,
    ],
  }).compile();
  await app.init();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
      await deleteRedisKeys(config.redis.keyPrefix);
    },
  };
}
