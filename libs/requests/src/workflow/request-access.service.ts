import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, Role, worksAcrossAntennas } from '@gru/auth';
import { AccessDeniedException } from '@gru/errors';
import type { Request } from '../persistence/request.entity';

/**
 * Who may see or act on a request: the mobile team, managers and admins everywhere; antenna staff
 * the requests of their antenna; anyone the request is assigned to.
 */
@Injectable()
export class RequestAccess {
  mayAccess(user: AuthenticatedUser, request: Request): boolean {
    if (worksAcrossAntennas(user) || request.assigneeUserId === user.id) return true;
    const antennaStaff = user.role === Role.Agent || user.role === Role.AntennaManager;
    return antennaStaff && request.antennaId !== null && request.antennaId === user.antennaId;
  }

  assertMayAccess(user: AuthenticatedUser, request: Request): void {
    if (!this.mayAccess(user, request))
      throw new AccessDeniedException(
        "Cette demande n'est ni de votre antenne ni attribuée à vous.",
      );
  }
}
