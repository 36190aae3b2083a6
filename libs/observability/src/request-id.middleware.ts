import type { NextFunction, Request, Response } from 'express';
import { requestIdFrom, runWithRequestId } from './request-context';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Express-level (before Nest's pipeline), so every log line and enqueued job of a request shares its id. */
export function requestIdMiddleware(
  request: Request & { id?: string },
  response: Response,
  next: NextFunction,
): void {
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.id = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  runWithRequestId(requestId, next);
}
