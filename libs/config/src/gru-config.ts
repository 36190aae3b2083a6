import type { Settings } from './settings-file';

export type RuntimeEnvironment = 'development' | 'production' | 'test';
export type TrustedProxies = false | number | readonly string[];
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The sections read from the environment; a process loads the ones it needs, and only those. */
export interface ConfigSections {
  /** `publicBaseUrl`: where Twilio and browsers reach the API (TwiML callbacks, signatures, links in mail). */
  readonly http: {
    readonly port: number;
    readonly publicBaseUrl: string;
    /** Express `trust proxy`: `false` (no proxy: X-Forwarded-For is ignored), a hop count, or addresses. */
    readonly trustedProxies: TrustedProxies;
    /** Bearer token Prometheus presents for /metrics; required for /metrics in production. */
    readonly metricsToken?: string;
  };
  readonly worker: { readonly port: number; readonly queues: readonly string[] | 'all' };
  readonly database: { readonly url: string };
  readonly redis: { readonly url: string; readonly keyPrefix: string };
  readonly auth: Settings['auth'] & { readonly jwtSecret: string };
  readonly twilio: {
    readonly opening: 'schedule' | 'always' | 'closed';
    /** `simulated` (demo default): offers pop screens without Twilio, calls come from the simulator routes. */
    readonly telephony: 'twilio' | 'simulated';
    readonly accountSid?: string;
    readonly authToken?: string;
    readonly apiBaseUrl?: string;
    /** Browser softphones (Twilio Voice SDK) get access tokens signed with this API key. */
    readonly apiKeySid?: string;
    readonly apiKeySecret?: string;
    readonly twimlAppSid?: string;
    readonly callerId?: string;
  };
  readonly smtp: { readonly url?: string; readonly from: string };
  /** Files (request attachments, scanned letters) live on this directory, referenced by key from the database. */
  readonly storage: { readonly directory: string; readonly maxUploadBytes: number };
  readonly log: { readonly level: LogLevel; readonly pretty: boolean };
  /** Mailbox ingestion. Mailboxes are data; each names the variable holding its IMAP password. */
  readonly mail: {
    readonly maxMessageBytes: number;
    readonly acknowledgementsPerSenderPerHour: number;
    readonly sweepIntervalSeconds: number;
    /** UIDs fetched, filed (one transaction for new persons' messages) and moved together. */
    readonly sweepWindow: number;
    readonly idle: boolean;
    /** `MAILBOX_<NAME>_PASSWORD` variables, by name: a mailbox's `passwordEnv` picks one. */
    readonly mailboxPasswords: Readonly<Record<string, string>>;
  };
}

export type ConfigSection = keyof ConfigSections;

/** What every process has: the runtime mode and config/settings.json's non-secret tunables. */
export interface BaseConfig {
  readonly environment: RuntimeEnvironment;
  /** True under NODE_ENV=development only (`npm run demo`): demo defaults and demo accounts are on. */
  readonly demoMode: boolean;
  readonly configDirectory: string;
  readonly queues: Settings['queues'];
  readonly health: Settings['health'];
  readonly retention: Settings['retention'];
}

/** The configuration of a process that loaded sections `S`: the type holds exactly what was loaded. */
export type LoadedConfig<S extends ConfigSection> = BaseConfig & Pick<ConfigSections, S>;

/** The whole validated configuration. Read it only through the injected AppConfig. */
export type GruConfig = LoadedConfig<ConfigSection>;
