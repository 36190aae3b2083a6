import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { accessRefusalOf, AuditLogService } from '@gru/audit';
import { AccessDeniedException } from '@gru/errors';
import type { Request } from 'express';
import { RoleGuard } from './role.guard';

/**
 * The global role check, audited: a refusal by @Roles or @AntennaScoped happens before any
 * interceptor runs, so it is recorded here (who was refused what) before the 403 leaves.
 */
@Injectable()
export class AuditedRoleGuard implements CanActivate {
  constructor(
    private readonly roles: RoleGuard,
    private readonly auditLog: AuditLogService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return this.roles.canActivate(context);
    } catch (error) {
      if (error instanceof AccessDeniedException) {
        const request = context.switchToHttp().getRequest<Request>();
        await this.auditLog.record(accessRefusalOf(request, error.message));
      }
      throw error;
    }
  }
}
