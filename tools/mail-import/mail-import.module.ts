import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, LoadedConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { MailboxesModule } from '@gru/mailboxes';
import { MetricsRegistry } from '@gru/observability';
import { QueueModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { PLATFORM_SCHEMA } from '@gru/schema';

export const MAIL_IMPORT_SECTIONS = [
  'database',
  'redis',
  'smtp',
  'storage',
  'mail',
  'log',
] as const;

@Global()
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
class ImportMetricsModule {}

/** The mail pipeline without HTTP or consumers: for the import CLI and the benchmark. */
@Module({})
export class MailImportModule {
  static forRoot(config: LoadedConfig<(typeof MAIL_IMPORT_SECTIONS)[number]>): DynamicModule {
    return {
      module: MailImportModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(PLATFORM_SCHEMA),
        RedisModule,
        QueueModule,
        ImportMetricsModule,
        MailboxesModule,
      ],
    };
  }
}
