import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import { AuditLogService } from './audit-log.service';
import { AUDITED_METADATA, AuditedOptions } from './audited.decorator';
import { actorOf, originOf } from './request-audit-origin';

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auditLog: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<AuditedOptions | undefined>(
      AUDITED_METADATA,
      context.getHandler(),
    );
    if (!options || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          this.auditLog
            .record({
              action: options.action,
              resourceType: options.resourceType,
              resourceId: options.idParam ? String(request.params[options.idParam]) : idOf(body),
              actor: actorOf(request),
              origin: originOf(request),
              details: { method: request.method, path: request.originalUrl.split('?')[0] },
            })
            .then(() => body),
        ),
      ),
    );
  }
}

/** Creation routes have no id parameter: the created resource's id is in the response. */
function idOf(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
