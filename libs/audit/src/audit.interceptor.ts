import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { DomainException, ErrorCode } from '@gru/errors';
import type { Request } from 'express';
import { catchError, concatMap, from, mergeMap, Observable, throwError } from 'rxjs';
import { AuditLogService } from './audit-log.service';
import { AUDITED_METADATA, AuditedOptions } from './audited.decorator';
import { accessRefusalOf, routeOf } from './access-refusal';
import { actorOf, originOf } from './request-audit-origin';

/**
 * Writes the audit entry of an `@Audited` route before its response leaves, and records every
 * refusal (403) raised once the caller is authenticated: by a record loader, a body check or the
 * handler, on any route.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auditLog: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const options = this.reflector.get<AuditedOptions | undefined>(
      AUDITED_METADATA,
      context.getHandler(),
    );
    const request = context.switchToHttp().getRequest<Request>();
    const stream = this.reflector.get<boolean | undefined>(SSE_METADATA, context.getHandler());
    const refusals = (error: unknown) => {
      if (!isRefusal(error)) return throwError(() => error);
      const recorded = this.auditLog.record(accessRefusalOf(request, error.message, options));
      // A stream's headers leave on the next turn of the event loop: its refusal must be thrown
      // before, or it becomes an error event of a 200 response; the entry is written meanwhile.
      if (stream) {
        void recorded.catch(() => undefined);
        return throwError(() => error);
      }
      return from(recorded).pipe(mergeMap(() => throwError(() => error)));
    };
    if (!options) return next.handle().pipe(catchError(refusals));
    if (stream) {
      // The handler runs at once, so a refusal of the stream is still an HTTP error (no header is
      // sent before its first event); the opening is recorded once, before that first event leaves.
      let opened: Promise<void> | undefined;
      return next.handle().pipe(
        catchError(refusals),
        concatMap((event: unknown) => {
          opened ??= this.record(request, options, undefined);
          return from(opened.then(() => event));
        }),
      );
    }
    return next.handle().pipe(
      catchError(refusals),
      concatMap((body: unknown) => from(this.record(request, options, body).then(() => body))),
    );
  }

  private record(request: Request, options: AuditedOptions, body: unknown): Promise<void> {
    const citizenIds = options.citizensOf
      ? [...new Set(options.citizensOf(body).filter((id): id is string => !!id))]
      : undefined;
    return this.auditLog.record({
      action: options.action,
      resourceType: options.resourceType,
      resourceId: options.idParam ? String(request.params[options.idParam]) : idOf(body),
      actor: actorOf(request),
      origin: originOf(request),
      details: {
        ...routeOf(request),
        ...(citizenIds ? { citizenIds } : {}),
      },
    });
  }
}

function isRefusal(error: unknown): error is DomainException {
  return error instanceof DomainException && error.code === ErrorCode.AccessDenied;
}

/** Creation routes have no id parameter: the created resource's id is in the response. */
function idOf(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
