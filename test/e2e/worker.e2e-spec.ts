import { waitFor } from '@gru/testing';
import { Role } from '@gru/auth';
import { PROBE, workerFixture, WorkerFixture } from '../support/worker-process';
import { startTestApi, TestApi } from '../support/test-api';

describe('worker process', () => {
  let fixture: WorkerFixture;

  beforeEach(async () => {
    fixture = await workerFixture();
  });

  afterEach(() => fixture.close());

  it('finishes a running job before exiting on SIGTERM: nothing is lost', async () => {
    const worker = await fixture.start();
    const job = await fixture.systemQueue.add(PROBE, {
      durationMs: 2500,
      meta: { enqueuedAt: new Date().toISOString() },
    });
    await waitFor(async () => (await job.getState()) === 'active', 10_000, 'the job to start');

    worker.kill('SIGTERM');
    expect(await worker.exited).toBe(0);

    const finished = await fixture.systemQueue.getJob(job.id as string);
    expect(await finished?.getState()).toBe('completed');
    expect(finished?.returnvalue).toMatchObject({ pid: worker.child.pid });
    expect(worker.output()).toContain('SIGTERM received');
  });

  it('leaves jobs it had not started in the queue for the next worker', async () => {
    const first = await fixture.start({ WORKER_QUEUES: 'system' });
    const running = await fixture.systemQueue.add(PROBE, {
      durationMs: 1500,
      meta: { enqueuedAt: new Date().toISOString() },
    });
    await waitFor(
      async () => (await running.getState()) === 'active',
      10_000,
      'the first job to start',
    );
    const queued = await fixture.systemQueue.add(
      PROBE,
      { durationMs: 0, meta: { enqueuedAt: new Date().toISOString() } },
      { delay: 500 },
    );
    first.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await fixture.start({ WORKER_QUEUES: 'system' });
    await waitFor(
      async () => (await fixture.systemQueue.getJobState(queued.id as string)) === 'completed',
      15_000,
      'the queued job to complete on the second worker',
    );
    // Read the job after completion: a copy fetched before it would not hold the return value.
    const done = await fixture.systemQueue.getJob(queued.id as string);
    expect(done?.returnvalue).toMatchObject({ pid: second.child.pid });
  });

  it('serves /health with queue backlogs and /metrics on its own port', async () => {
    const worker = await fixture.start();
    const health = await fetch(`http://127.0.0.1:${worker.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      db: 'up',
      redis: 'up',
      queues: { system: { waiting: 0 }, sessions: expect.any(Object) },
    });
    const metrics = await fetch(`http://127.0.0.1:${worker.port}/metrics`);
    expect(await metrics.text()).toContain('gru_jobs_processed_total');
  });

  it('refuses to start with an unknown queue name in WORKER_QUEUES', async () => {
    await expect(fixture.start({ WORKER_QUEUES: 'system,unknown-queue' })).rejects.toThrow(
      /unknown queue\(s\): unknown-queue/,
    );
  });
});

describe('request id propagation from the API into jobs', () => {
  let fixture: WorkerFixture;
  let api: TestApi;

  beforeAll(async () => {
    fixture = await workerFixture();
    api = await startTestApi({ DATABASE_URL: fixture.database.url, REDIS_PREFIX: fixture.prefix });
  });

  afterAll(async () => {
    await api.close();
    await fixture.close();
  });

  it('carries the request id of the HTTP call that enqueued a job into the worker', async () => {
    const worker = await fixture.start();
    const admin = await api.tokenFor({ role: Role.Admin });
    const enqueued = await api
      .http()
      .post('/api/system/probes')
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Request-Id', 'req-probe-42')
      .send({})
      .expect(202);
    const finished = await waitFor(
      async () => {
        const state = await api
          .http()
          .get(`/api/system/probes/${enqueued.body.jobId}`)
          .set('Authorization', `Bearer ${admin}`)
          .expect(200);
        const body = state.body as { state: string; result: unknown };
        return body.state === 'completed' ? body : undefined;
      },
      10_000,
      'the probe to complete',
    );
    expect(finished.result).toEqual({ requestId: 'req-probe-42', pid: worker.child.pid });
    await waitFor(
      () => /"requestId":"req-probe-42"/.test(worker.output()),
      5_000,
      'the worker log line with the request id',
    );
  });
});
