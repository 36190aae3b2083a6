import type { Request } from 'express';
import { AuditAction } from './audit-action';
import type { AuditEvent } from './audit-event';
import type { AuditedOptions } from './audited.decorator';
import { actorOf, originOf } from './request-audit-origin';

/**
 * The entry of a refused access (403), wherever it is refused: by the role guard before any
 * handler, or by a record loader, a body check or the handler itself.
 */
export function accessRefusalOf(
  request: Request,
  reason: string,
  options?: Pick<AuditedOptions, 'action' | 'resourceType' | 'idParam'>,
): AuditEvent {
  return {
    action: AuditAction.AccessDenied,
    resourceType: options?.resourceType ?? 'route',
    resourceId: options?.idParam ? String(request.params[options.idParam]) : null,
    actor: actorOf(request),
    origin: originOf(request),
    details: {
      ...routeOf(request),
      ...(options ? { refused: options.action } : {}),
      params: { ...request.params },
      reason,
    },
  };
}

/** The method, the path and, for searches and filtered lists, the query that was asked. */
export function routeOf(request: Request): Record<string, unknown> {
  const query = request.query as Record<string, unknown> | undefined;
  return {
    method: request.method,
    path: request.originalUrl.split('?')[0],
    ...(query && Object.keys(query).length > 0 ? { query: { ...query } } : {}),
  };
}
