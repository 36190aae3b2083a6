export { AppConfig } from './app-config';
export { ConfigError } from './config-error';
export { ConfigModule } from './config.module';
export { loadConfigOrExit } from './exit-on-config-error';
export type { GruConfig, LogLevel, RuntimeEnvironment } from './gru-config';
export { loadConfig } from './load-config';
export type { ConfigSection } from './load-config';
export type { Settings } from './settings-file';
