import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ModulesContainer } from '@nestjs/core/injector/modules-container';
import { loadConfig } from '@gru/config';
import { createTestDatabase, deleteRedisKeys, testConfig, TestDatabase } from '@gru/testing';
import { WORKER_CONFIG_SECTIONS, WorkerModule } from './worker.module';

describe('the worker process', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let prefix: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const full = testConfig(database.url);
    prefix = full.redis.keyPrefix;
    const env = {
      NODE_ENV: 'test',
      GRU_CONFIG_DIR: full.configDirectory,
      DATABASE_URL: database.url,
      REDIS_URL: full.redis.url,
      REDIS_PREFIX: prefix,
      STORAGE_DIR: full.storage.directory,
      PUBLIC_BASE_URL: full.http.publicBaseUrl,
      LOG_LEVEL: 'silent',
    };
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(loadConfig(env, WORKER_CONFIG_SECTIONS)),
      {
        logger: false,
        abortOnError: false,
      },
    );
    // Booting every consumer (now with the knowledge and reporting schedulers) in the one jest
    // process of a full run took over the default 30 s twice; alone it takes a few seconds.
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await deleteRedisKeys(prefix);
    await database.drop();
  });

  it('boots on exactly the configuration sections it loads, without the API secrets', () => {
    expect(WORKER_CONFIG_SECTIONS).not.toContain('auth');
  });

  it('builds no HTTP controller: it runs consumers only', () => {
    const withControllers = [...worker.get(ModulesContainer).values()]
      .filter((module) => module.controllers.size > 0)
      .map(
        (module) =>
          `${module.name}: ${[...module.controllers.keys()].map((key) => (typeof key === 'function' ? key.name : String(key))).join(', ')}`,
      );
    expect(withControllers).toEqual([]);
  });
});
