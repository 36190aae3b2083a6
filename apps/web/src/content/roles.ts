import type { Role } from '../lib/roles';

/** Staff roles as the interface names them. */
export const roleLabels: Record<Role, string> = {
  agent: 'Agent d’accueil',
  antenna_manager: 'Responsable d’antenne',
  instructor: 'Instructeur',
  manager: 'Manager régional',
  admin: 'Administrateur',
};
