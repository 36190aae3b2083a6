import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@gru/config';
import { buildDataSourceOptions } from './data-source-options';
import type { DatabaseSchema } from './schema-part';

/** The process's one DataSource, on the schema its composition root hands over. */
@Module({})
export class DatabaseModule {
  static forRoot(schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        ConfigModule.forFeature(['database'], 'DatabaseModule'),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config.values.database.url, schema),
            // Boot fails fast with a clear message instead of retrying silently for minutes.
            retryAttempts: 2,
            retryDelay: 1000,
          }),
        }),
      ],
    };
  }
}
