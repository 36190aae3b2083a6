import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, StaticAppConfig } from './app-config';
import type { GruConfig } from './gru-config';

/** Global: configuration is loaded once, before the Nest container, by the process entry point. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: GruConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: new StaticAppConfig(config) }],
      exports: [AppConfig],
    };
  }
}
