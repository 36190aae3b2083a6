import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthService } from './health.service';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsRegistry } from './metrics-registry';

/** Health checks, metrics and HTTP request timing; the API app exposes them at /health and /metrics. */
@Global()
@Module({
  providers: [
    MetricsRegistry,
    HealthService,
    { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
  ],
  exports: [MetricsRegistry, HealthService],
})
export class ObservabilityModule {}

/** The same services without HTTP routes, for the worker (which serves them on its own port). */
@Global()
@Module({ providers: [MetricsRegistry, HealthService], exports: [MetricsRegistry, HealthService] })
export class WorkerObservabilityModule {}
