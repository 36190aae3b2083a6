import type { AuthenticatedUser } from '@gru/auth';
import type { EntityManager } from 'typeorm';

/**
 * Libraries that hold data about a citizen (requests, contacts, later dossiers and letters) take
 * part in the citizen's lifecycle without the citizens library reaching into their tables:
 * they move their rows on a merge, put them back on an undo, scrub them on anonymisation, add
 * them to a RGPD export and say whether a staff member may see the citizen through them.
 */
export interface CitizenRecordParticipant {
  /** Stable key under which a merge records what this participant moved. */
  readonly name: string;
  moveToCitizen(
    manager: EntityManager,
    fromCitizenId: string,
    toCitizenId: string,
  ): Promise<string[]>;
  moveBack(manager: EntityManager, ids: string[], toCitizenId: string): Promise<void>;
  anonymise(manager: EntityManager, citizenId: string): Promise<void>;
  exportFor(citizenId: string): Promise<unknown>;
  grantsAccess(user: AuthenticatedUser, citizenId: string): Promise<boolean>;
}
