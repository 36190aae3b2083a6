import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, StaticAppConfig } from './app-config';
import { ConfigSectionNotLoaded } from './config-section-not-loaded';
import type { ConfigSection, LoadedConfig } from './gru-config';

/** Global: configuration is loaded once, before the Nest container, by the process entry point. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<S extends ConfigSection>(config: LoadedConfig<S>): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: new StaticAppConfig(config) }],
      exports: [AppConfig],
    };
  }

  /**
   * Declares the sections a feature module reads: building the module in a process that did not
   * load them stops the boot with their names, never a silent `undefined` at the first call.
   */
  static forFeature(sections: readonly ConfigSection[], neededBy = sections.join('+')): DynamicModule {
    return {
      module: ConfigSectionsCheck,
      providers: [
        {
          provide: `config-sections:${[...sections].sort().join(',')}`,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const missing = sections.filter((section) => !config.has(section));
            if (missing.length > 0) throw new ConfigSectionNotLoaded(missing, neededBy);
            return sections;
          },
        },
      ],
    };
  }
}

@Module({})
class ConfigSectionsCheck {}
