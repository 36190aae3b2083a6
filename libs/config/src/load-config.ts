import { z } from 'zod';
import { ConfigError } from './config-error';
import { resolve } from 'node:path';
import { booleanFlag, EnvReader, portNumber, positiveInteger, urlWithProtocol } from './env-reader';
import { isIP } from 'node:net';
import type {
  BaseConfig,
  ConfigSection,
  ConfigSections,
  LoadedConfig,
  LogLevel,
  RuntimeEnvironment,
  TrustedProxies,
} from './gru-config';
import { defaultConfigDirectory, readSettingsFile } from './settings-file';

/** The only variables a mailbox may name for its password (never, say, JWT_SECRET). */
export const MAILBOX_PASSWORD_VARIABLE = /^MAILBOX_[A-Z0-9_]+_PASSWORD$/;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_KEYWORDS.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `none` (default): the connecting address is the client's; never `true`, which trusts anyone. */
const trustedProxiesSchema = z.string().transform((value, context): TrustedProxies => {
  const trimmed = value.trim();
  if (trimmed === 'none') return false;
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed) === 0 ? false : Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  if (entries.every(isProxyAddress)) return entries;
  context.addIssue({ code: 'custom', message: 'not a proxy list' });
  return z.NEVER;
});

export const ALL_CONFIG_SECTIONS = [
  'http',
  'worker',
  'database',
  'redis',
  'auth',
  'twilio',
  'smtp',
  'storage',
  'log',
  'mail',
] as const satisfies readonly ConfigSection[];

/**
 * Builds the configuration from config/settings.json and the environment, or throws a ConfigError
 * listing every problem of the sections the process needs (a migration CLI needs no JWT secret).
 * The result holds only the sections asked for, so a process cannot read a value it never
 * validated. This is the only place in the code base that reads process.env.
 */
export function loadConfig<S extends ConfigSection = ConfigSection>(
  env: Record<string, string | undefined> = process.env,
  sections: readonly S[] = ALL_CONFIG_SECTIONS as readonly ConfigSection[] as readonly S[],
): LoadedConfig<S> {
  const problems: string[] = [];
  const environmentResult = z
    .enum(['development', 'production', 'test'])
    .safeParse(env.NODE_ENV ?? 'production');
  if (!environmentResult.success) {
    problems.push(
      `NODE_ENV must be one of development, production, test (got ${JSON.stringify(env.NODE_ENV)})`,
    );
  }
  const environment: RuntimeEnvironment = environmentResult.success
    ? environmentResult.data
    : 'production';
  // Demo mode switches on published secrets (JWT, Twilio): only ever on a developer's machine.
  const demoRequested = env.GRU_DEMO === 'true' || env.GRU_DEMO === '1';
  if (demoRequested && environment !== 'development') {
    problems.push(
      'GRU_DEMO=true is refused outside NODE_ENV=development (the demo secrets are published)',
    );
  }
  const demoMode = environment === 'development';
  const read = new EnvReader(env, demoMode);

  const configDirectory = env.GRU_CONFIG_DIR ?? defaultConfigDirectory();
  const settings = readSettingsFile(configDirectory, problems);

  const http = read.section('http', () => {
    const port = read.required<number>('PORT', portNumber, 'a TCP port number', {
      default: '3000',
    });
    const publicBaseUrl = read.required(
      'PUBLIC_BASE_URL',
      urlWithProtocol('http:', 'https:'),
      'the public http(s) URL Twilio and browsers reach the API at',
      { devDefault: `http://localhost:${port ?? 3000}` },
    );
    const trustedProxies = read.required<TrustedProxies>(
      'TRUSTED_PROXIES',
      trustedProxiesSchema,
      'a number of proxy hops or a comma-separated list of addresses, subnets, loopback, linklocal or uniquelocal (Express trust proxy)',
      { default: 'none' },
    );
    const metricsToken = read.optional(
      'METRICS_TOKEN',
      z.string().min(32),
      'a random secret of at least 32 characters',
      { secret: true },
    );
    return { port, publicBaseUrl, trustedProxies, metricsToken };
  });

  const worker = read.section('worker', () => ({
    port: read.required<number>(
      'WORKER_PORT',
      portNumber,
      'a TCP port number for the worker health and metrics endpoint',
      { default: '3001' },
    ),
    queues: read.required<readonly string[] | 'all'>(
      'WORKER_QUEUES',
      z
        .string()
        .regex(/^(all|[a-z0-9-]+(,[a-z0-9-]+)*)$/)
        .transform((value) => (value === 'all' ? ('all' as const) : value.split(','))),
      '"all" or a comma-separated list of queue names',
      { default: 'all' },
    ),
  }));

  const database = read.section('database', () => ({
    url: read.required(
      'DATABASE_URL',
      urlWithProtocol('postgres:', 'postgresql:'),
      'a postgres:// URL such as postgres://postgres@127.0.0.1:5432/gru',
      {
        devDefault: 'postgres://postgres@127.0.0.1:5432/gru_demo',
      },
    ),
  }));

  const redis = read.section('redis', () => ({
    url: read.required(
      'REDIS_URL',
      urlWithProtocol('redis:', 'rediss:'),
      'a redis:// URL such as redis://127.0.0.1:6379',
      {
        devDefault: 'redis://127.0.0.1:6379',
      },
    ),
    keyPrefix: read.required(
      'REDIS_PREFIX',
      z.string().regex(/^[A-Za-z0-9_:-]{1,64}$/),
      'letters, digits, "_", ":" or "-" (at most 64)',
      {
        default: 'gru',
      },
    ),
  }));

  const auth = read.section('auth', () => ({
    ...(settings?.auth as ConfigSections['auth']),
    jwtSecret: read.required(
      'JWT_SECRET',
      z.string().min(32),
      'a random secret of at least 32 characters',
      {
        secret: true,
        devDefault: 'demo-only-jwt-secret-never-use-in-production',
      },
    ),
  }));

  const twilio = read.section('twilio', () => ({
    /** `always`/`closed` override the week schedule of config/voice.json (demo, tests). */
    opening: read.required<'schedule' | 'always' | 'closed'>(
      'VOICE_OPENING',
      z.enum(['schedule', 'always', 'closed']),
      'schedule, always or closed',
      { default: 'schedule' },
    ),
    /** `simulated`: no Twilio account; offers only pop the agent's screen and calls are placed from the desk. */
    telephony: read.required<'twilio' | 'simulated'>(
      'VOICE_TELEPHONY',
      z.enum(['twilio', 'simulated']),
      'twilio or simulated',
      { devDefault: 'simulated', default: 'twilio' },
    ),
    accountSid: read.optional(
      'TWILIO_ACCOUNT_SID',
      z.string().regex(/^AC[0-9a-f]{32}$/),
      'a Twilio account SID (AC followed by 32 hex digits)',
      {
        devDefault: 'AC00000000000000000000000000000000',
      },
    ),
    authToken: read.optional('TWILIO_AUTH_TOKEN', z.string().min(16), 'the Twilio auth token', {
      secret: true,
      devDefault: 'demo-twilio-auth-token',
    }),
    apiBaseUrl: read.optional(
      'TWILIO_API_BASE_URL',
      urlWithProtocol('http:', 'https:'),
      'an http(s) URL of the Twilio REST API',
    ),
    apiKeySid: read.optional(
      'TWILIO_API_KEY_SID',
      z.string().regex(/^SK[0-9a-f]{32}$/),
      'a Twilio API key SID (SK followed by 32 hex digits)',
      {
        devDefault: 'SK00000000000000000000000000000000',
      },
    ),
    apiKeySecret: read.optional(
      'TWILIO_API_KEY_SECRET',
      z.string().min(16),
      'the Twilio API key secret',
      { secret: true, devDefault: 'demo-twilio-api-key-secret' },
    ),
    twimlAppSid: read.optional(
      'TWILIO_TWIML_APP_SID',
      z.string().regex(/^AP[0-9a-f]{32}$/),
      'a TwiML App SID (AP followed by 32 hex digits)',
      {
        devDefault: 'AP00000000000000000000000000000000',
      },
    ),
    callerId: read.optional(
      'TWILIO_CALLER_ID',
      z.string().regex(/^\+\d{6,15}$/),
      'the free number in E.164 (+33800…), shown on callbacks',
      { devDefault: '+33800000000' },
    ),
  }));

  if (environment === 'production' && twilio.telephony === 'simulated') {
    read.problems.push({
      section: 'twilio',
      message:
        'VOICE_TELEPHONY=simulated is refused under NODE_ENV=production (no call would ever ring an agent)',
    });
  }

  const smtp = read.section('smtp', () => ({
    url: read.optional(
      'SMTP_URL',
      urlWithProtocol('smtp:', 'smtps:'),
      'an smtp:// or smtps:// URL',
    ),
    from: read.required('SMTP_FROM', z.email(), 'an email address', {
      default: 'ne-pas-repondre@gru.hautsdefrance.example',
    }),
  }));

  const storage = read.section('storage', () => ({
    directory: resolve(
      read.required(
        'STORAGE_DIR',
        z.string().min(1),
        'a directory for attachments and scanned letters',
        { default: 'var/storage' },
      ),
    ),
    maxUploadBytes: read.required<number>('MAX_UPLOAD_BYTES', positiveInteger, 'a size in bytes', {
      default: String(15 * 1024 * 1024),
    }),
  }));

  const log = read.section('log', () => ({
    level: read.required<LogLevel>(
      'LOG_LEVEL',
      z.enum(LOG_LEVELS),
      `one of ${LOG_LEVELS.join(', ')}`,
      {
        default: environment === 'test' ? 'silent' : 'info',
      },
    ),
    pretty: read.required('LOG_PRETTY', booleanFlag, 'true or false', {
      default: demoMode ? 'true' : 'false',
    }),
  }));

  const mail = read.section('mail', () => ({
    maxMessageBytes: read.required<number>(
      'MAIL_MAX_MESSAGE_BYTES',
      positiveInteger,
      'a size in bytes',
      { default: String(25 * 1024 * 1024) },
    ),
    acknowledgementsPerSenderPerHour: read.required<number>(
      'MAIL_ACKS_PER_SENDER_PER_HOUR',
      positiveInteger,
      'a number of acknowledgements',
      { default: '3' },
    ),
    sweepIntervalSeconds: read.required<number>(
      'MAIL_SWEEP_INTERVAL_SECONDS',
      positiveInteger,
      'a number of seconds',
      { default: '60' },
    ),
    sweepWindow: read.required<number>(
      'MAIL_SWEEP_WINDOW',
      positiveInteger,
      'a number of messages',
      { default: '200' },
    ),
    idle: read.required('MAIL_IDLE', booleanFlag, 'true or false', { default: 'true' }),
    mailboxPasswords: Object.fromEntries(
      Object.entries(env).filter(
        (entry): entry is [string, string] =>
          MAILBOX_PASSWORD_VARIABLE.test(entry[0]) && typeof entry[1] === 'string',
      ),
    ),
  }));

  problems.push(
    ...read.problems
      .filter((problem) => (sections as readonly string[]).includes(problem.section))
      .map((problem) => problem.message),
  );
  if (problems.length > 0) throw new ConfigError(problems);
  const base: BaseConfig = {
    environment,
    demoMode,
    configDirectory,
    queues: settings?.queues as BaseConfig['queues'],
    health: settings?.health as BaseConfig['health'],
    retention: settings?.retention as BaseConfig['retention'],
  };
  const all: ConfigSections = {
    http,
    worker,
    database,
    redis,
    auth,
    twilio,
    smtp,
    storage,
    log,
    mail,
  };
  const loaded = Object.fromEntries(sections.map((section) => [section, all[section]])) as Pick<
    ConfigSections,
    S
  >;
  return { ...base, ...loaded };
}
