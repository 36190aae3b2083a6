import type { AuditAction } from './audit-action';

export interface AuditActor {
  readonly userId: string | null;
  readonly role: string | null;
}

export interface AuditOrigin {
  readonly ipAddress?: string | null;
  readonly userAgent?: string | null;
  readonly requestId?: string | null;
}

export interface AuditEvent {
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly resourceId?: string | null;
  readonly actor: AuditActor;
  readonly origin?: AuditOrigin;
  readonly details?: Record<string, unknown>;
}
