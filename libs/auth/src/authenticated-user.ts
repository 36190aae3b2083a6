import type { Role } from './role';

/** What the access token proves about the caller, attached to the request by the guard. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
  /**
   * The knowledge base's content team (granted by admins). Informative (what the UI offers): the
   * knowledge library re-reads the account before any editorial write, so a revocation is immediate.
   */
  readonly contentTeam?: boolean;
}
