import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DomainException, FieldError } from './domain.exception';
import { ErrorCode } from './error-code';
import { httpStatusOf } from './http-status-of';
import { describePostgresError, isPostgresDataException } from './postgres-error';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  requestId: string;
  [detail: string]: unknown;
}

/** One error body shape for every 4xx/5xx; unknown errors become a 500 carrying a correlation id. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: unknown }>();
    const response = http.getResponse<Response>();
    const requestId =
      typeof request.id === 'string' || typeof request.id === 'number'
        ? String(request.id)
        : randomUUID();
    const body = this.bodyOf(error, requestId);
    if (body.statusCode >= 500) {
      this.logger.error({ err: loggableError(error), requestId }, 'Unhandled error');
    }
    if (typeof body.retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(body.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }

  private bodyOf(error: unknown, requestId: string): ErrorBody {
    if (error instanceof DomainException) {
      return {
        ...error.details,
        statusCode: httpStatusOf(error.code),
        code: error.code,
        message: error.message,
        ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
        requestId,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return { statusCode: status, code: codeForStatus(status), message: error.message, requestId };
    }
    const clientStatus = clientErrorStatusOf(error);
    if (clientStatus !== undefined) {
      return {
        statusCode: clientStatus,
        code: codeForStatus(clientStatus),
        message: messageForStatus(clientStatus),
        requestId,
      };
    }
    if (isPostgresDataException(error)) {
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        code: ErrorCode.ValidationFailed,
        message: 'Données invalides.',
        requestId,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal-error',
      message: `Erreur interne. Référence : ${requestId}`,
      requestId,
    };
  }
}

/**
 * Errors of Express's body parsers (http-errors: a body over the limit, malformed JSON, an
 * unsupported charset) carry their own 4xx status and `expose: true`.
 */
function clientErrorStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500
    ? status
    : undefined;
}

function messageForStatus(status: number): string {
  switch (status) {
    case 413:
      return 'Requête trop volumineuse.';
    case 400:
      return 'Données invalides.';
    default:
      return 'Requête refusée.';
  }
}

/** Never the values of a failed query (personal data); for database errors only where it failed. */
function loggableError(error: unknown): Record<string, unknown> {
  const database = describePostgresError(error);
  if (database) return database;
  if (error instanceof Error)
    return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error };
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return ErrorCode.ValidationFailed;
    case 401:
      return ErrorCode.AuthenticationRequired;
    case 403:
      return ErrorCode.AccessDenied;
    case 404:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 413:
      return ErrorCode.PayloadTooLarge;
    case 429:
      return ErrorCode.RateLimited;
    default:
      return status >= 500 ? 'internal-error' : `http-${status}`;
  }
}
