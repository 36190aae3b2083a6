import type { Role } from './roles';

/** Who is using a screen, handed by the app to the pages that depend on it (features never import auth). */
export interface Viewer {
  readonly role: Role;
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
}

export interface ViewerProps {
  readonly viewer: Viewer;
}
