import { HealthService, MetricsRegistry } from '@gru/observability';
import { QueueHealth } from '@gru/queue';
import { createServer, Server } from 'node:http';

/** The worker's only HTTP surface: /health (with queue backlogs) and /metrics on WORKER_PORT. */
export function startOperationsServer(
  port: number,
  health: HealthService,
  queues: QueueHealth,
  metrics: MetricsRegistry,
): Promise<Server> {
  const server = createServer((request, response) => {
    const reply = async (): Promise<void> => {
      if (request.method === 'GET' && request.url === '/health') {
        const report = await health.check();
        const backlog =
          report.redis === 'up' ? await queues.counts().catch(() => undefined) : undefined;
        response.writeHead(report.status === 'ok' ? 200 : 503, {
          'content-type': 'application/json',
        });
        response.end(JSON.stringify({ ...report, queues: backlog }));
      } else if (request.method === 'GET' && request.url === '/metrics') {
        response.writeHead(200, { 'content-type': metrics.contentType });
        response.end(await metrics.render());
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ statusCode: 404, message: 'Not found' }));
      }
    };
    reply().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
