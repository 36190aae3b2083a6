export { AppConfig, StaticAppConfig } from './app-config';
export { ConfigError } from './config-error';
export { ConfigModule } from './config.module';
export { ConfigSectionNotLoaded } from './config-section-not-loaded';
export { loadConfigOrExit } from './exit-on-config-error';
export type {
  TrustedProxies,
  BaseConfig,
  ConfigSection,
  ConfigSections,
  GruConfig,
  LoadedConfig,
  LogLevel,
  RuntimeEnvironment,
} from './gru-config';
export { ALL_CONFIG_SECTIONS, loadConfig, MAILBOX_PASSWORD_VARIABLE } from './load-config';
export type { Settings } from './settings-file';
