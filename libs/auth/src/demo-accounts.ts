import { Role } from './role';
import type { NewStaffMember } from './users/staff-directory.service';

/** Demo accounts (README): created by `npm run demo` only, never in production. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ACCOUNTS: readonly NewStaffMember[] = [
  {
    email: 'admin@gru.demo',
    displayName: 'Alice Administratrice',
    password: DEMO_PASSWORD,
    role: Role.Admin,
  },
  {
    email: 'manager@gru.demo',
    displayName: 'Marc Manager',
    password: DEMO_PASSWORD,
    role: Role.Manager,
    // Reviews and publishes the knowledge base (content team).
    contentTeam: true,
  },
  {
    email: 'agent.amiens@gru.demo',
    displayName: 'Anaïs Agent (Amiens)',
    password: DEMO_PASSWORD,
    role: Role.Agent,
    antennaId: 'amiens',
  },
  {
    email: 'mobile@gru.demo',
    displayName: 'Mehdi Mobile (équipe mobile)',
    password: DEMO_PASSWORD,
    role: Role.Agent,
    mobileTeam: true,
  },
  {
    email: 'instructeur@gru.demo',
    displayName: 'Inès Instructrice',
    password: DEMO_PASSWORD,
    role: Role.Instructor,
    // Writes the knowledge base (content team).
    contentTeam: true,
  },
];
