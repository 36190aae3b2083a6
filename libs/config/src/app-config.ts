import { ConfigSectionNotLoaded } from './config-section-not-loaded';
import type { ConfigSection, GruConfig, LoadedConfig } from './gru-config';
import { ALL_CONFIG_SECTIONS } from './load-config';

/**
 * Injection token and typed accessor for the validated configuration. A module declares the
 * sections it reads with `ConfigModule.forFeature`, so a process that did not load one fails at
 * boot; reading an undeclared, unloaded section throws instead of yielding `undefined`.
 */
export abstract class AppConfig {
  abstract readonly values: GruConfig;
  abstract has(section: ConfigSection): boolean;
}

export class StaticAppConfig extends AppConfig {
  readonly values: GruConfig;

  constructor(private readonly loaded: LoadedConfig<ConfigSection> | LoadedConfig<never>) {
    super();
    this.values = new Proxy(loaded as GruConfig, {
      get(target, key, receiver) {
        if (typeof key === 'string' && isSection(key) && !(key in target)) throw new ConfigSectionNotLoaded([key]);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }

  has(section: ConfigSection): boolean {
    return section in this.loaded;
  }
}

function isSection(key: string): key is ConfigSection {
  return (ALL_CONFIG_SECTIONS as readonly string[]).includes(key);
}
