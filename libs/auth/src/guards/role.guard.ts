import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessDeniedException } from '@gru/errors';
import type { Request } from 'express';
import { mayActOnAntenna } from '../access-policy';
import type { AuthenticatedUser } from '../authenticated-user';
import type { Role } from '../role';
import { ALLOWED_ROLES, ANTENNA_PARAM, PUBLIC_ROUTE } from './access.decorators';

/** Global, after AccessTokenGuard: checks @Roles and @AntennaScoped on every non-public route. */
@Injectable()
export class RoleGuard implements CanActivate {
  private readonly logger = new Logger(RoleGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) {
      this.logger.error(`Route ${request.method} ${request.path} declares no @Roles: refused`);
      throw new AccessDeniedException();
    }
    if (!roles.includes(request.user.role)) throw new AccessDeniedException();
    const antennaParam = this.reflector.getAllAndOverride<string | undefined>(
      ANTENNA_PARAM,
      targets,
    );
    if (antennaParam !== undefined) {
      const antennaId = String(request.params[antennaParam] ?? '');
      if (!antennaId || !mayActOnAntenna(request.user, antennaId)) {
        throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
      }
    }
    return true;
  }
}
