import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@gru/audit';
import { AuthModule } from '@gru/auth';
import { ConfigModule, GruConfig } from '@gru/config';
import { DatabaseModule } from '@gru/database';
import { HttpErrorFilter } from '@gru/errors';
import { LoggingModule, ObservabilityModule } from '@gru/observability';
import { QueueModule } from '@gru/queue';
import { RedisModule } from '@gru/redis';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { VoiceModule } from '@gru/voice';
import { OperationsController } from './operations.controller';
import { SystemProbeController } from './system-probe.controller';

/** The HTTP process: wires feature libraries; holds no logic of its own. */
@Module({})
export class ApiModule {
  static forRoot(config: GruConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DatabaseModule,
        RedisModule,
        QueueModule,
        ObservabilityModule,
        AuditModule,
        AuthModule,
        TerritoryModule,
        RequestsModule,
        VoiceModule,
      ],
      controllers: [OperationsController, SystemProbeController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
