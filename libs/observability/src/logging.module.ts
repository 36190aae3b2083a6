import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gru/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { currentRequestId } from './request-context';

/** JSON logs through pino; `LOG_PRETTY=true` (demo) renders them readable for people. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        ConfigModule.forFeature(['log'], 'LoggingModule'),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.values.log.level,
              base: { service },
              genReqId: (request: IncomingMessage) => request.id ?? currentRequestId() ?? 'none',
              mixin: () => {
                const requestId = currentRequestId();
                return requestId ? { requestId } : {};
              },
              redact: {
                paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-twilio-signature"]', '*.password', '*.refreshToken', '*.accessToken'],
                censor: '[redacted]',
              },
              autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' || request.url === '/metrics' },
              transport: config.values.log.pretty
                ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res' } }
                : undefined,
            },
          }),
        }),
      ],
    };
  }
}
