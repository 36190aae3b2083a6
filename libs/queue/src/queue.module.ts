import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gru/config';
import { JobProducer } from './job-producer.service';
import { QueueHealth } from './queue-health.service';
import { ALL_QUEUES } from './queue-name';
import { redisOptionsFromUrl } from './redis-connection-options';

/** The BullMQ connection, prefix and default job options, and a producer for every queue. */
@Global()
@Module({
  imports: [
    ConfigModule.forFeature(['redis'], 'QueueModule'),
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const { attempts, backoffDelayMs, keepCompleted, keepFailed } = config.values.queues;
        return {
          connection: redisOptionsFromUrl(config.values.redis.url),
          prefix: `${config.values.redis.keyPrefix}:bull`,
          defaultJobOptions: {
            attempts,
            backoff: { type: 'exponential', delay: backoffDelayMs },
            removeOnComplete: { count: keepCompleted },
            removeOnFail: { count: keepFailed },
          },
        };
      },
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name, forceDisconnectOnShutdown: true }))),
  ],
  providers: [JobProducer, QueueHealth],
  exports: [JobProducer, QueueHealth, BullModule],
})
export class QueueModule {}
