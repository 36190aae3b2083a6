import {
  ALL_ROLES,
  ANTENNA_SUPERVISOR_ROLES,
  CASEWORK_ROLES,
  FRONT_LINE_ROLES,
  REGIONAL_SUPERVISOR_ROLES,
  Role,
} from './role';

describe('role groups (the one list of who does what)', () => {
  it('keeps instructors off the front line but lets them work on requests', () => {
    expect(FRONT_LINE_ROLES).not.toContain(Role.Instructor);
    expect(CASEWORK_ROLES).toEqual(expect.arrayContaining([...FRONT_LINE_ROLES, Role.Instructor]));
  });

  it('nests supervision: regional ⊂ antenna ⊂ front line, admins everywhere', () => {
    expect(FRONT_LINE_ROLES).toEqual(expect.arrayContaining([...ANTENNA_SUPERVISOR_ROLES]));
    expect(ANTENNA_SUPERVISOR_ROLES).toEqual(
      expect.arrayContaining([...REGIONAL_SUPERVISOR_ROLES]),
    );
    expect(ANTENNA_SUPERVISOR_ROLES).not.toContain(Role.Agent);
    expect(REGIONAL_SUPERVISOR_ROLES).toEqual([Role.Manager, Role.Admin]);
    for (const group of [
      FRONT_LINE_ROLES,
      CASEWORK_ROLES,
      ANTENNA_SUPERVISOR_ROLES,
      REGIONAL_SUPERVISOR_ROLES,
    ]) {
      expect(group).toContain(Role.Admin);
      expect(ALL_ROLES).toEqual(expect.arrayContaining([...group]));
    }
  });
});
