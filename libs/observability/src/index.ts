export { HealthService } from './health.service';
export type { DependencyState, HealthReport } from './health.service';
export { LoggingModule } from './logging.module';
export { MetricsRegistry } from './metrics-registry';
export { ObservabilityModule, WorkerObservabilityModule } from './observability.module';
export { currentRequestId, requestIdFrom, runWithRequestId } from './request-context';
export { REQUEST_ID_HEADER, requestIdMiddleware } from './request-id.middleware';
