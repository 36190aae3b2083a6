import { Global, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@gru/config';
import { NotFoundException } from '@gru/errors';
import { MetricsRegistry } from '@gru/observability';
import { ALL_QUEUES, JobName, JobProducer, QueueModule, QueueName } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { deleteRedisKeys, testConfig, waitFor } from '@gru/testing';
import { CallDispatcher } from './call-dispatcher.service';
import { CallOfferPort } from './call-offer.port';
import { CallRoutingJobsModule } from './call-routing-jobs.module';
import { CallRoutingModule } from './call-routing.module';

/** Stands in for the voice library's Twilio adapter: records the offers, can be told to fail. */
class RecordingOfferPort extends CallOfferPort {
  readonly offers: [string, string][] = [];
  readonly lapsed: [string, string][] = [];
  failing = false;

  override offerLapsed(callSid: string, agentUserId: string): Promise<void> {
    this.lapsed.push([callSid, agentUserId]);
    return Promise.resolve();
  }

  offer(callSid: string, agentUserId: string): Promise<void> {
    if (this.failing) return Promise.reject(new Error('Twilio unreachable'));
    this.offers.push([callSid, agentUserId]);
    return Promise.resolve();
  }
}

async function boot(withWorker: boolean) {
  const config = testConfig('postgres://postgres@127.0.0.1:5432/unused');
  const port = new RecordingOfferPort();
  @Global()
  @Module({
    providers: [{ provide: CallOfferPort, useValue: port }, MetricsRegistry],
    exports: [CallOfferPort, MetricsRegistry],
  })
  class TestTelephonyModule {}
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      RedisModule,
      QueueModule,
      TestTelephonyModule,
      withWorker ? CallRoutingJobsModule.forRoot() : CallRoutingModule.forRoot(),
    ],
  }).compile();
  await moduleRef.init();
  const dispatcher = moduleRef.get(CallDispatcher);
  const producer = moduleRef.get(JobProducer);
  const queue = producer.queue(QueueName.CallRouting);
  // A queue closed while still connecting emits an unhandled 'Connection is closed' error.
  await Promise.all(ALL_QUEUES.map((name) => producer.queue(name).waitUntilReady()));
  const close = async () => {
    await moduleRef.close();
    await deleteRedisKeys(config.redis.keyPrefix);
  };
  return { dispatcher, queue, port, close };
}

const AMIENS = { userId: 'agent-amiens', antennaId: 'amiens', mobileTeam: false, phoneSkill: true };

describe('CallDispatcher (Nest, BullMQ, Redis) as the API sees it', () => {
  let app: Awaited<ReturnType<typeof boot>>;

  beforeEach(async () => {
    app = await boot(false);
  });

  afterEach(() => app.close());

  it('enqueues a call once per CallSid and arms its step timeout as a delayed job with a colon-free id', async () => {
    await app.dispatcher.registerAgent(AMIENS);
    await app.dispatcher.agentAvailable(AMIENS.userId);
    const arrivedAt = new Date();
    expect(
      await app.dispatcher.enqueueCall({ callSid: 'CAnest1', antennaId: 'amiens', arrivedAt }),
    ).toMatchObject({ created: true, step: 0, pool: 'own-antenna' });
    expect(
      await app.dispatcher.enqueueCall({ callSid: 'CAnest1', antennaId: 'amiens', arrivedAt }),
    ).toMatchObject({ created: false });
    const timeout = await app.queue.getJob('step-timeout_CAnest1_0');
    expect(timeout).toMatchObject({
      name: JobName.CallStepTimeout,
      data: expect.objectContaining({ callSid: 'CAnest1', step: 0 }),
    });
    expect(await timeout?.getState()).toBe('delayed');
    expect(
      (await app.queue.getJobs(['waiting'])).filter(
        (job) => (job.name as JobName) === JobName.DispatchCalls,
      ).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('rings the agent through the offer port, arms the offer timeout, and on no answer puts the call back', async () => {
    await app.dispatcher.registerAgent(AMIENS);
    await app.dispatcher.agentAvailable(AMIENS.userId);
    await app.dispatcher.enqueueCall({
      callSid: 'CAnest2',
      antennaId: 'amiens',
      arrivedAt: new Date(),
    });
    const offers = await app.dispatcher.dispatch();
    expect(offers.map((offer) => [offer.callSid, offer.agentId])).toEqual([
      ['CAnest2', 'agent-amiens'],
    ]);
    expect(app.port.offers).toEqual([['CAnest2', 'agent-amiens']]);
    expect(await app.queue.getJob('offer-timeout_CAnest2_1')).toMatchObject({
      name: JobName.CallOfferTimeout,
    });

    expect(await app.dispatcher.offerTimedOut('CAnest2', 'agent-amiens')).toBe(true);
    expect(await app.dispatcher.offerTimedOut('CAnest2', 'agent-amiens')).toBe(false);
    expect(app.port.lapsed).toEqual([['CAnest2', 'agent-amiens']]);
    expect(await app.dispatcher.call('CAnest2')).toMatchObject({
      status: 'waiting',
      offers: 1,
      step: 0,
    });
    const board = await app.dispatcher.snapshot();
    expect(board.waiting.map((call) => call.callSid)).toEqual(['CAnest2']);
    expect(board.agents).toEqual([
      expect.objectContaining({ userId: 'agent-amiens', state: 'break' }),
    ]);
  });

  it('gives the call back and keeps the agent available when the telephony side fails', async () => {
    await app.dispatcher.registerAgent(AMIENS);
    await app.dispatcher.agentAvailable(AMIENS.userId);
    await app.dispatcher.enqueueCall({
      callSid: 'CAnest3',
      antennaId: 'amiens',
      arrivedAt: new Date(),
    });
    app.port.failing = true;
    expect(await app.dispatcher.dispatch()).toEqual([]);
    const board = await app.dispatcher.snapshot();
    expect(board.waiting.map((call) => call.callSid)).toEqual(['CAnest3']);
    expect(board.agents[0]).toMatchObject({ state: 'available' });
  });

  it('refuses a presence for an agent it does not know', async () => {
    await expect(app.dispatcher.setPresence('nobody', 'available')).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });
});

describe('call-routing processor as the worker runs it', () => {
  it('dispatches on the job an arrival enqueues, and handles an offer timeout job', async () => {
    const app = await boot(true);
    try {
      await app.dispatcher.registerAgent(AMIENS);
      await app.dispatcher.agentAvailable(AMIENS.userId);
      await app.dispatcher.enqueueCall({
        callSid: 'CAworker1',
        antennaId: 'amiens',
        arrivedAt: new Date(),
      });
      await waitFor(() => app.port.offers.length > 0, 10_000, 'the dispatch job to offer the call');
      expect(app.port.offers).toEqual([['CAworker1', 'agent-amiens']]);

      await app.queue.add(JobName.CallOfferTimeout, {
        callSid: 'CAworker1',
        agentId: 'agent-amiens',
        meta: { enqueuedAt: new Date().toISOString() },
      });
      await waitFor(
        async () => (await app.dispatcher.snapshot()).agents[0]?.state === 'break',
        10_000,
        'the agent to be set to break',
      );
      expect((await app.dispatcher.snapshot()).waiting.map((call) => call.callSid)).toEqual([
        'CAworker1',
      ]);
    } finally {
      await app.close();
    }
  });
});
