import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthenticatedUser, StaffDirectory } from '@gru/auth';
import { AccessDeniedException } from '@gru/errors';

/**
 * Editorial routes: the caller must be in the content team now. Read from the account, not the
 * token, so a revocation by an administrator takes effect at once.
 */
@Injectable()
export class ContentTeamGuard implements CanActivate {
  constructor(private readonly staff: StaffDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user || !(await this.staff.isContentTeam(user.id)))
      throw new AccessDeniedException("Réservé à l'équipe éditoriale de la base de connaissances.");
    return true;
  }
}
