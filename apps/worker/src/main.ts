import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@gru/config';
import { HealthService, MetricsRegistry } from '@gru/observability';
import { QueueHealth } from '@gru/queue';
import { Logger } from 'nestjs-pino';
import { startOperationsServer } from './operations-server';
import { WORKER_CONFIG_SECTIONS, WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit(WORKER_CONFIG_SECTIONS);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const server = await startOperationsServer(config.worker.port, app.get(HealthService), app.get(QueueHealth), app.get(MetricsRegistry));

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing running jobs before exit`);
    // Past the grace period we exit anyway; BullMQ's stalled-job check hands the cut-off jobs to
    // another worker, so nothing is lost, only delayed.
    const deadline = setTimeout(() => {
      logger.warn('shutdown grace period over: exiting with jobs still running (they will be retried)');
      process.exit(1);
    }, config.queues.shutdownGraceMs);
    deadline.unref();
    server.close();
    app
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  logger.log(`worker ready (queues: ${config.worker.queues === 'all' ? 'all' : config.worker.queues.join(', ')})`);
}

main().catch((error: Error) => {
  process.stderr.write(`Worker failed to start: ${error.message}\n`);
  process.exit(1);
});
