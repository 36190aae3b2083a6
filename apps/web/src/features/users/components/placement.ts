/** Antenna staff belong to an antenna, unless agents of the mobile team (libs/auth staff-antenna-rule). */
const ANTENNA_ROLES: readonly string[] = ['agent', 'antenna_manager'];

export function placementIsValid(account: {
  readonly role: string;
  readonly antennaId: string;
  readonly mobileTeam: boolean;
}): boolean {
  return (
    !ANTENNA_ROLES.includes(account.role) ||
    account.antennaId !== '' ||
    (account.role === 'agent' && account.mobileTeam)
  );
}
