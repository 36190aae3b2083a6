import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, Role, worksAcrossAntennas } from '@gru/auth';
import { AccessDeniedException } from '@gru/errors';
import { CitizenRecordParticipants } from './citizen-record-participants';
import type { Citizen } from './persistence/citizen.entity';

/**
 * Who may see a citizen, in one place: the mobile team, managers and admins everywhere; antenna
 * staff the citizens of their antenna; anyone a participating library vouches for (the assignee of
 * one of the citizen's requests, the instructor of one of their dossiers).
 */
@Injectable()
export class CitizenAccess {
  constructor(private readonly participants: CitizenRecordParticipants) {}

  async mayRead(user: AuthenticatedUser, citizen: Citizen): Promise<boolean> {
    if (worksAcrossAntennas(user)) return true;
    const antennaStaff = user.role === Role.Agent || user.role === Role.AntennaManager;
    if (antennaStaff && citizen.antennaId !== null && citizen.antennaId === user.antennaId)
      return true;
    for (const participant of this.participants.all()) {
      if (await participant.grantsAccess(user, citizen.id)) return true;
    }
    return false;
  }

  async assertMayRead(user: AuthenticatedUser, citizen: Citizen): Promise<void> {
    if (!(await this.mayRead(user, citizen)))
      throw new AccessDeniedException("Cet usager n'est pas dans votre portefeuille.");
  }

  /** Antennas whose citizens the user may list or search; null means all. */
  visibleAntennas(user: AuthenticatedUser): string[] | null {
    if (worksAcrossAntennas(user)) return null;
    if ((user.role === Role.Agent || user.role === Role.AntennaManager) && user.antennaId)
      return [user.antennaId];
    return [];
  }
}
