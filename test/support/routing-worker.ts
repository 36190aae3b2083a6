import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueName } from '@gru/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import type { TestApi } from './test-api';

/**
 * The API only enqueues routing jobs (dispatch, step and offer timeouts); the worker's processor
 * runs them. This boots that processor in the test's process, on the API's database, Redis prefix
 * and telephony mode, so calls get offered without a spawned worker.
 */
export async function startRoutingWorker(api: TestApi): Promise<INestApplicationContext> {
  const config = { ...api.config, worker: { port: 0, queues: [QueueName.CallRouting] } };
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  await worker.init();
  return worker;
}
