import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@gru/errors';
import type { AuthenticatedUser } from '../authenticated-user';
import { RefreshTokenStore } from '../tokens/refresh-token.store';
import { SessionRevocations } from '../tokens/session-revocations';
import { StaffAccountEvents } from './staff-account-events';
import { StaffDirectory, StaffMemberChanges } from './staff-directory.service';
import type { User } from './user.entity';

/**
 * An administrator changes or closes an account, and it takes effect at once: the account's
 * tokens issued before are refused (a changed role or antenna is read again on the next refresh; a
 * closed account cannot refresh), and the features holding state about it are told.
 */
@Injectable()
export class StaffAdministration {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly revocations: SessionRevocations,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly events: StaffAccountEvents,
  ) {}

  async update(id: string, changes: StaffMemberChanges, actor: AuthenticatedUser): Promise<User> {
    const before = await this.directory.get(id);
    if (id === actor.id && changes.role !== undefined && changes.role !== before.role)
      throw selfRefusal('Vous ne pouvez pas changer votre propre rôle.');
    const account = await this.directory.update(id, changes);
    if (
      account.role !== before.role ||
      account.antennaId !== before.antennaId ||
      account.mobileTeam !== before.mobileTeam
    ) {
      await this.revocations.refreshClaims(id);
      await this.events.changed({ account, before });
    }
    return account;
  }

  async setActive(id: string, active: boolean, actor: AuthenticatedUser): Promise<User> {
    if (id === actor.id && !active)
      throw selfRefusal('Vous ne pouvez pas fermer votre propre compte.');
    const before = await this.directory.get(id);
    const account = await this.directory.setActive(id, active);
    if (active === before.active) return account;
    if (active) await this.revocations.reopen(id);
    else {
      await this.revocations.close(id);
      await this.refreshTokens.revokeAllOf(id);
    }
    await this.events.changed({ account, before });
    return account;
  }
}

function selfRefusal(message: string): DomainException {
  return new DomainException(
    ErrorCode.Conflict,
    `${message} Demandez-le à un autre administrateur.`,
    {},
  );
}
