import { GruConfig, loadConfig } from '@gru/config';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { currentRunId, redisPrefixOf, REDIS_SERVER_URL } from './test-run';

/**
 * A complete configuration for a test, built through the real loader (so tests exercise the same
 * validation as production) with a private Redis prefix per call.
 */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): GruConfig {
  const prefix = `${redisPrefixOf(currentRunId())}_${randomBytes(3).toString('hex')}`;
  return loadConfig({
    NODE_ENV: 'test',
    GRU_CONFIG_DIR: resolve(__dirname, '../../../config'),
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS_SERVER_URL,
    REDIS_PREFIX: prefix,
    STORAGE_DIR: join(tmpdir(), prefix),
    PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    TWILIO_AUTH_TOKEN: 'test-twilio-auth-token-0123456789',
    WORKER_PORT: '0',
    LOG_LEVEL: process.env.GRU_TEST_LOG_LEVEL ?? 'silent',
    LOG_PRETTY: 'false',
    ...overrides,
  });
}
