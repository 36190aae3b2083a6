import type { Request } from 'express';
import type { AuditActor, AuditOrigin } from './audit-event';

/** The authenticated staff member as the auth guard leaves it on the request. */
interface RequestWithActor extends Request {
  user?: { id: string; role: string };
}

export function actorOf(request: Request): AuditActor {
  const user = (request as RequestWithActor).user;
  return { userId: user?.id ?? null, role: user?.role ?? null };
}

export function originOf(request: Request): AuditOrigin {
  const requestId = (request as { id?: unknown }).id;
  return {
    ipAddress: request.ip ?? null,
    userAgent: request.get('user-agent') ?? null,
    requestId:
      typeof requestId === 'string' || typeof requestId === 'number' ? String(requestId) : null,
  };
}
