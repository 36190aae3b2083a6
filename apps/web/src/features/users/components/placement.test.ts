import { describe, expect, it } from '@jest/globals';
import { placementIsValid } from './placement';

describe('where an account works', () => {
  it('needs an antenna for antenna staff, except agents of the mobile team', () => {
    const placement = (role: string, antennaId: string, mobileTeam = false) =>
      placementIsValid({ role, antennaId, mobileTeam });
    expect(placement('agent', 'amiens')).toBe(true);
    expect(placement('agent', '')).toBe(false);
    expect(placement('agent', '', true)).toBe(true);
    expect(placement('antenna_manager', '')).toBe(false);
    expect(placement('antenna_manager', '', true)).toBe(false);
    expect(placement('antenna_manager', 'arras')).toBe(true);
    for (const role of ['instructor', 'manager', 'admin']) expect(placement(role, '')).toBe(true);
  });
});
