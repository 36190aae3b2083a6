import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@gru/audit';
import { AuthModule } from '@gru/auth';
import { ALL_CONFIG_SECTIONS, ConfigModule, ConfigSection, LoadedConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { PLATFORM_SCHEMA } from '@gru/schema';
import { HttpErrorFilter } from '@gru/errors';
import { LoggingModule, LoggingOptions, ObservabilityModule } from '@gru/observability';
import { QueueModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { CalendarHttpModule } from '@gru/calendar';
import { CitizensHttpModule } from '@gru/citizens';
import { MailboxesHttpModule } from '@gru/mailboxes';
import { ReportingHttpModule } from '@gru/reporting';
import { RequestsHttpModule } from '@gru/requests';
import { TerritoryHttpModule } from '@gru/territory';
import { VoiceModule } from '@gru/voice';
import { OperationsController } from './operations.controller';
import { SystemProbeController } from './system-probe.controller';

/** What the API loads and validates at boot (everything but the worker's own settings). */
type ApiSection = Exclude<ConfigSection, 'worker'>;
export const API_CONFIG_SECTIONS = ALL_CONFIG_SECTIONS.filter(
  (section): section is ApiSection => section !== 'worker',
);
export type ApiConfig = LoadedConfig<ApiSection>;

/** The HTTP process: wires feature libraries; holds no logic of its own. */
@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, logging: LoggingOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api', logging),
        DatabaseModule.forRoot(PLATFORM_SCHEMA),
        RedisModule,
        QueueModule,
        ObservabilityModule,
        AuditModule,
        AuthModule,
        TerritoryHttpModule,
        CitizensHttpModule,
        CalendarHttpModule,
        RequestsHttpModule,
        MailboxesHttpModule,
        VoiceModule,
        ReportingHttpModule,
      ],
      controllers: [OperationsController, SystemProbeController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
