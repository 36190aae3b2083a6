import { Controller, Get, Header, Res, UseGuards } from '@nestjs/common';
import { Public } from '@gru/auth';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  HealthReport,
  HealthService,
  MetricsAccessGuard,
  MetricsRegistry,
} from '@gru/observability';

/** Outside /api: load balancers call /health without credentials; Prometheus presents METRICS_TOKEN. */
@ApiTags('operations')
@Controller()
@Public()
export class OperationsController {
  constructor(
    private readonly health: HealthService,
    private readonly metrics: MetricsRegistry,
  ) {}

  @Get('health')
  @ApiOkResponse({ description: '{ "status": "ok", "db": "up", "redis": "up" }' })
  @ApiServiceUnavailableResponse({ description: 'names the dependency that is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? 200 : 503);
    return report;
  }

  @Get('metrics')
  @UseGuards(MetricsAccessGuard)
  @Header('Cache-Control', 'no-store')
  async render(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', this.metrics.contentType);
    response.send(await this.metrics.render());
  }
}
