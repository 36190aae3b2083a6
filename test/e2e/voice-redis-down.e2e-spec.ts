import { freePort, spawnProcess, SpawnedProcess } from '@gru/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

/** Routing state lives in Redis; when Redis is gone the caller must still be answered and queued. */
describe('numéro vert when Redis is down', () => {
  let redis: SpawnedProcess;
  let api: TestApi;
  let port: number;

  const startRedis = async () => {
    redis = spawnProcess('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    await redis.waitForOutput(/Ready to accept connections/);
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    api = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${port}`, VOICE_OPENING: 'always' });
    redis.kill('SIGKILL');
    await redis.exited;
  });

  afterAll(async () => {
    // Redis comes back so the app's clients close instead of retrying forever.
    await startRedis();
    await api.close();
    redis.kill('SIGKILL');
    await redis.exited;
  });

  it("welcomes the caller, routes the postcode and queues the call, within Twilio's time budget", async () => {
    const callSid = newCallSid();
    const started = Date.now();
    const welcome = await twilioPost(api, '/voice/incoming', {
      CallSid: callSid,
      From: '+33612345678',
    }).expect(200);
    expect(welcome.text).toContain('<Gather');
    const routed = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      Digits: '80000',
    }).expect(200);
    expect(routed.text).toContain('>gru-amiens</Enqueue>');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
