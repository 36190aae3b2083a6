import type { NestExpressApplication } from '@nestjs/platform-express';
import { Role, StaffDirectory } from '@gru/auth';
import { loadConfig } from '@gru/config';
import { buildDataSourceOptions, dropDatabase, runMigrations } from '@gru/database';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { importTerritory, loadAntennaFile, loadOfficialTerritory } from '@gru/territory';
import { deleteRedisKeys, POSTGRES_SERVER_URL, REDIS_SERVER_URL } from '@gru/testing';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-api-app';
import { API_CONFIG_SECTIONS, type ApiConfig } from '../apps/api/src/api.module';

const CONFIG_DIRECTORY = resolve(__dirname, '../config');

export interface BenchApi {
  readonly baseUrl: string;
  /** The throwaway database, for a benchmark that draws its samples from it. */
  readonly databaseUrl: string;
  /** A bearer token of the chosen role (an Amiens agent by default), for the authenticated routes. */
  readonly token: string;
  /** The app's REDIS_PREFIX, to look at the state a benchmark left. */
  readonly redisPrefix: string;
  /** The signed-in account, for a benchmark that signs in a browser. */
  readonly account: { readonly id: string; readonly email: string; readonly password: string };
  readonly app: NestExpressApplication;
  readonly config: ApiConfig;
  close(): Promise<void>;
}

export interface BenchApiOptions {
  readonly role?: Role;
  /** Runs on the migrated, territory-imported database before the API boots (e.g. a volume seed). */
  readonly prepare?: (databaseUrl: string) => Promise<void>;
  /** Extra environment for the app's configuration (e.g. the Twilio settings of the voice bench). */
  readonly env?: Record<string, string>;
}

/**
 * The real API app in this process, on 127.0.0.1 and an ephemeral port, with its own migrated and
 * imported database and Redis prefix, both removed by `close()`. Request logging is off so the
 * terminal is not part of what is measured.
 */
export async function startBenchApi(options: BenchApiOptions = {}): Promise<BenchApi> {
  const role = options.role ?? Role.Agent;
  const name = `gru_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${POSTGRES_SERVER_URL}/${name}`;
  let app: NestExpressApplication | undefined;
  const close = async () => {
    await app?.close();
    // GRU_BENCH_KEEP_DATABASE=1 leaves the seeded database behind, to EXPLAIN a slow query on it.
    if (process.env.GRU_BENCH_KEEP_DATABASE === '1') {
      process.stderr.write(`kept database ${databaseUrl}\n`);
    } else {
      await dropDatabase(databaseUrl);
    }
    await deleteRedisKeys(name, REDIS_SERVER_URL);
  };
  try {
    await runMigrations(databaseUrl, PLATFORM_SCHEMA);
    const dataSource = await new DataSource(
      buildDataSourceOptions(databaseUrl, PLATFORM_SCHEMA),
    ).initialize();
    await importTerritory(dataSource, {
      official: loadOfficialTerritory(),
      antennaFile: loadAntennaFile(resolve(CONFIG_DIRECTORY, 'antennas.json')),
    });
    await dataSource.destroy();
    await options.prepare?.(databaseUrl);
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        GRU_CONFIG_DIR: CONFIG_DIRECTORY,
        DATABASE_URL: databaseUrl,
        REDIS_URL: REDIS_SERVER_URL,
        REDIS_PREFIX: name,
        PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
        JWT_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'silent',
        LOG_PRETTY: 'false',
        ...options.env,
      },
      API_CONFIG_SECTIONS,
    );
    app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const password = randomBytes(12).toString('hex');
    const agent = await app.get(StaffDirectory).create({
      email: `bench-${name}@gru.test`,
      displayName: 'Compte de banc d’essai',
      antennaId: role === Role.Agent ? 'amiens' : null,
      mobileTeam: false,
      role,
      password,
    });
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: agent.email, password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    return {
      baseUrl,
      databaseUrl,
      token: accessToken,
      redisPrefix: name,
      account: { id: agent.id, email: agent.email, password },
      app,
      config,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
