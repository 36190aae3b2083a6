import { ValidationFailedException } from '@gru/errors';
import { Role } from '../role';

/**
 * Antenna staff belong to an antenna: an agent has one unless they are in the mobile team, an
 * antenna manager always has one. An account without one would otherwise read as "every antenna"
 * wherever a missing antenna is taken for no filter.
 */
export function assertAntennaRule(member: {
  readonly role: Role;
  readonly antennaId?: string | null;
  readonly mobileTeam?: boolean;
}): void {
  if (member.antennaId) return;
  if (member.role === Role.Agent && !member.mobileTeam)
    throw refusal(
      "antennaId : un agent est rattaché à une antenne, sauf dans l'équipe mobile / an agent needs an antenna unless in the mobile team",
    );
  if (member.role === Role.AntennaManager)
    throw refusal(
      'antennaId : un responsable d’antenne est rattaché à son antenne / an antenna manager needs an antenna',
    );
}

function refusal(message: string): ValidationFailedException {
  return new ValidationFailedException([{ field: 'antennaId', messages: [message] }]);
}
