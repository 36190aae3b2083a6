export { deleteRedisKeys } from './redis-cleanup';
export { testConfig } from './test-config';
export { createTestDatabase, dropDatabasesOfRun } from './test-database';
export type { TestDatabase } from './test-database';
export {
  currentRunId,
  databaseUrl,
  newRunId,
  POSTGRES_SERVER_URL,
  redisPrefixOf,
  REDIS_SERVER_URL,
  templateDatabaseName,
} from './test-run';
export { waitFor } from './wait-for';
export { freePort } from './free-port';
export { spawnProcess } from './spawned-process';
export type { SpawnedProcess } from './spawned-process';
export { startTwilioDouble } from './twilio-double';
export type { TwilioDouble, TwilioDoubleRequest } from './twilio-double';
export { ensureDovecotInstalled, startDovecot } from './dovecot-server';
export type { DovecotServer, MailUser } from './dovecot-server';
export { startSmtpListener } from './smtp-listener';
export type { ReceivedMail, SmtpListener } from './smtp-listener';
export { parseMonitorLine, redisCommandsDuring } from './redis-monitor';
