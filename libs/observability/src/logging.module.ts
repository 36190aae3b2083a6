import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gru/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import { currentRequestId } from './request-context';

export interface LoggingOptions {
  /** Where the JSON lines go instead of stdout (tests read them). */
  readonly destination?: DestinationStream;
}

interface SerializedRequest {
  readonly url?: unknown;
  readonly query?: unknown;
  readonly params?: unknown;
  readonly [key: string]: unknown;
}

/** RGPD: query strings carry names and phone numbers (`/api/search?q=…`): only the path is logged. */
function withoutQuery(request: SerializedRequest): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { query, params, ...rest } = request;
  const url = typeof request.url === 'string' ? request.url.split('?')[0] : request.url;
  return { ...rest, url };
}

/** JSON logs through pino; `LOG_PRETTY=true` (demo) renders them readable for people. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker', options: LoggingOptions = {}): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        ConfigModule.forFeature(['log'], 'LoggingModule'),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: withDestination(options.destination, {
              level: config.values.log.level,
              base: { service },
              genReqId: (request: IncomingMessage) => request.id ?? currentRequestId() ?? 'none',
              mixin: () => {
                const requestId = currentRequestId();
                return requestId ? { requestId } : {};
              },
              redact: {
                paths: [
                  'req.headers.authorization',
                  'req.headers.cookie',
                  'req.headers["x-twilio-signature"]',
                  'req.headers.referer',
                  '*.password',
                  '*.refreshToken',
                  '*.accessToken',
                ],
                censor: '[redacted]',
              },
              serializers: { req: withoutQuery },
              autoLogging: {
                ignore: (request: IncomingMessage) =>
                  request.url === '/health' || request.url === '/metrics',
              },
              transport: config.values.log.pretty
                ? {
                    target: 'pino-pretty',
                    options: {
                      singleLine: true,
                      translateTime: 'SYS:HH:MM:ss',
                      ignore: 'pid,hostname,req,res',
                    },
                  }
                : undefined,
            }),
          }),
        }),
      ],
    };
  }
}

function withDestination<T>(
  destination: DestinationStream | undefined,
  options: T,
): T | [T, DestinationStream] {
  return destination ? [options, destination] : options;
}
