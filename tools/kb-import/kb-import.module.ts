import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, LoadedConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { KnowledgeModule } from '@gru/knowledge';
import { RedisModule } from '@gru/redis';
import { PLATFORM_SCHEMA } from '@gru/schema';

export const KB_IMPORT_SECTIONS = ['database', 'redis', 'log'] as const;

/** The knowledge services without HTTP or queues: for the import CLI. */
@Module({})
export class KbImportModule {
  static forRoot(config: LoadedConfig<(typeof KB_IMPORT_SECTIONS)[number]>): DynamicModule {
    return {
      module: KbImportModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(PLATFORM_SCHEMA),
        RedisModule,
        KnowledgeModule,
      ],
    };
  }
}
