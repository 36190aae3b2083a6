import { pageTitles } from '../content/navigation';
import { type PageKey, paths } from '../lib/paths';
import {
  ADMIN_ROLES,
  ANTENNA_SUPERVISOR_ROLES,
  CASEWORK_ROLES,
  FRONT_LINE_ROLES,
  REGIONAL_SUPERVISOR_ROLES,
  type Role,
} from '../lib/roles';

export type SectionKey = Exclude<PageKey, 'login'>;

export interface Section {
  readonly key: SectionKey;
  readonly path: string;
  readonly title: string;
  readonly roles: readonly Role[];
}

function section(key: SectionKey, roles: readonly Role[]): Section {
  return { key, roles, path: paths[key], title: pageTitles[key] };
}

/** The signed-in sections, in menu order, with the roles that may open each (the API's role groups). */
export const SECTIONS: readonly Section[] = [
  section('desk', FRONT_LINE_ROLES),
  section('requests', CASEWORK_ROLES),
  section('citizens', CASEWORK_ROLES),
  section('callbacks', FRONT_LINE_ROLES),
  section('knowledge', CASEWORK_ROLES),
  section('handover', CASEWORK_ROLES),
  section('team', ANTENNA_SUPERVISOR_ROLES),
  section('liveBoard', ANTENNA_SUPERVISOR_ROLES),
  section('statistics', ANTENNA_SUPERVISOR_ROLES),
  section('quarantine', REGIONAL_SUPERVISOR_ROLES),
  section('users', ADMIN_ROLES),
  section('mailboxes', ADMIN_ROLES),
];

export function sectionsFor(role: Role): readonly Section[] {
  return SECTIONS.filter((candidate) => candidate.roles.includes(role));
}
