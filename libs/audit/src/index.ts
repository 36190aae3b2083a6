export { AuditAction } from './audit-action';
export { AuditEntry } from './audit-entry.entity';
export type { AuditActor, AuditEvent, AuditOrigin } from './audit-event';
export { AuditLogService } from './audit-log.service';
export { AuditModule } from './audit.module';
export { Audited } from './audited.decorator';
export { actorOf, originOf } from './request-audit-origin';
export { AUDIT_SCHEMA } from './audit-schema';
export { accessRefusalOf } from './access-refusal';
