import { ConfigModule } from '@gru/config';
import { Global, Module } from '@nestjs/common';
import { HealthService } from './health.service';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsRegistry } from './metrics-registry';

/**
 * Health checks and metrics; the API app exposes them at /health and /metrics (behind
 * `MetricsAccessGuard`) and times requests with `httpMetricsMiddleware`.
 */
@Global()
@Module({
  imports: [ConfigModule.forFeature(['http'], 'ObservabilityModule')],
  providers: [MetricsRegistry, HealthService, MetricsAccessGuard],
  exports: [MetricsRegistry, HealthService, MetricsAccessGuard],
})
export class ObservabilityModule {}

/** The same services without HTTP routes, for the worker (which serves them on its own port). */
@Global()
@Module({ providers: [MetricsRegistry, HealthService], exports: [MetricsRegistry, HealthService] })
export class WorkerObservabilityModule {}
