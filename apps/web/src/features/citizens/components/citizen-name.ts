import { citizenPage } from '../../../content/citizens';

export function citizenName(citizen: {
  firstName?: string | null;
  lastName?: string | null;
}): string {
  return (
    [citizen.firstName, citizen.lastName?.toUpperCase()].filter(Boolean).join(' ') ||
    citizenPage.unnamed
  );
}
