import { createContext, use } from 'react';
import type { Role } from './roles';

/** Who is signed in, as every feature needs it (scopes, buttons by role); provided by `RequireAuth`. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
  /** Writes, reviews and publishes the knowledge base (granted by admins). */
  readonly contentTeam: boolean;
}

export const SessionUserContext = createContext<SessionUser | null>(null);

/** The signed-in agent, anywhere under `RequireAuth`. */
export function useSessionUser(): SessionUser {
  const user = use(SessionUserContext);
  if (user === null) throw new Error('useSessionUser is only available under RequireAuth');
  return user;
}
