import { Role, StaffDirectory } from '@gru/auth';
import { loadConfig } from '@gru/config';
import { buildDataSourceOptions, dropDatabase, runMigrations } from '@gru/database';
import { importTerritory, loadAntennaFile, loadOfficialTerritory } from '@gru/territory';
import { deleteRedisKeys, POSTGRES_SERVER_URL, REDIS_SERVER_URL } from '@gru/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-api-app';
import type { BenchApi } from './bench-api';

const CONFIG_DIRECTORY = resolve(__dirname, '../config');

/** The base URL Twilio would call: the webhooks are signed over it, whatever port the app got. */
export const VOICE_PUBLIC_BASE_URL = 'http://127.0.0.1:3000';

export interface VoiceBenchApi extends BenchApi {
  /** The auth token the API checks X-Twilio-Signature against. */
  readonly twilioAuthToken: string;
  /** The app's REDIS_PREFIX, to look at the state the webhooks left. */
  readonly redisPrefix: string;
}

/**
 * startBenchApi (bench-api.ts) with the Twilio settings the voice webhooks need: a known auth
 * token, `VOICE_OPENING=always` and `PUBLIC_BASE_URL` set to VOICE_PUBLIC_BASE_URL. No Twilio
 * account SID, so nothing can reach Twilio's REST API. Same throwaway database and Redis prefix,
 * both removed by `close()`; request logging off.
 */
export async function startVoiceBenchApi(): Promise<VoiceBenchApi> {
  const name = `gru_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${POSTGRES_SERVER_URL}/${name}`;
  const twilioAuthToken = randomBytes(16).toString('hex');
  let app: NestExpressApplication | undefined;
  const close = async () => {
    await app?.close();
    await dropDatabase(databaseUrl);
    await deleteRedisKeys(name, REDIS_SERVER_URL);
  };
  try {
    await runMigrations(databaseUrl);
    const dataSource = await new DataSource(buildDataSourceOptions(databaseUrl)).initialize();
    await importTerritory(dataSource, {
      official: loadOfficialTerritory(),
      antennaFile: loadAntennaFile(resolve(CONFIG_DIRECTORY, 'antennas.json')),
    });
    await dataSource.destroy();
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        GRU_CONFIG_DIR: CONFIG_DIRECTORY,
        DATABASE_URL: databaseUrl,
        REDIS_URL: REDIS_SERVER_URL,
        REDIS_PREFIX: name,
        PUBLIC_BASE_URL: VOICE_PUBLIC_BASE_URL,
        JWT_SECRET: randomBytes(32).toString('hex'),
        TWILIO_AUTH_TOKEN: twilioAuthToken,
        VOICE_OPENING: 'always',
        LOG_LEVEL: 'silent',
        LOG_PRETTY: 'false',
      },
      ['http', 'database', 'redis', 'auth', 'twilio', 'log'],
    );
    app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const password = randomBytes(12).toString('hex');
    const agent = await app.get(StaffDirectory).create({
      email: `bench-${name}@gru.test`,
      displayName: 'Compte de banc d’essai',
      antennaId: 'amiens',
      mobileTeam: false,
      role: Role.Agent,
      password,
    });
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: agent.email, password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    return { baseUrl, databaseUrl, token: accessToken, twilioAuthToken, redisPrefix: name, close };
  } catch (error) {
    await close();
    throw error;
  }
}
