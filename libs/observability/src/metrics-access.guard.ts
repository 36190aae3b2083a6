import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { DomainException, ErrorCode } from '@gru/errors';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * /metrics: with `METRICS_TOKEN` set, only a scraper presenting it as a bearer token reads them; in
 * production without one, nobody does; elsewhere (development, tests) they stay open.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.values.http.metricsToken;
    if (expected === undefined && this.config.values.environment !== 'production') return true;
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const presented = /^Bearer (\S+)$/.exec(header)?.[1];
    if (expected !== undefined && presented !== undefined && sameSecret(presented, expected))
      return true;
    throw new DomainException(
      ErrorCode.AuthenticationRequired,
      'Jeton de métriques requis / metrics token required.',
    );
  }
}

function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
