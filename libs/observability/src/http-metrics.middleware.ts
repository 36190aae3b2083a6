import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MetricsRegistry } from './metrics-registry';

/**
 * Times every HTTP request at the Express level and records it when the response is finished, so
 * the status is the one the client received: after the error filter, and for requests a guard
 * refused or no route matched. Labels by route pattern (not raw URL) so ids in paths do not
 * explode the series count.
 */
export function httpMetricsMiddleware(metrics: MetricsRegistry): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpRequestDuration.startTimer();
    response.once('finish', () => {
      const route = (request.route as { path?: unknown } | undefined)?.path;
      stop({
        method: request.method,
        // Nest answers unknown paths from a catch-all route (`*path`): one series for all of them.
        route: typeof route === 'string' && !route.includes('*') ? route : 'unmatched',
        status: String(response.statusCode),
      });
    });
    next();
  };
}
