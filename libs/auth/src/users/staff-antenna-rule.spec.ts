import { Role } from '../role';
import { assertAntennaRule } from './staff-antenna-rule';

describe('assertAntennaRule', () => {
  it('needs an antenna for agents outside the mobile team and for antenna managers', () => {
    expect(() => assertAntennaRule({ role: Role.Agent })).toThrow();
    expect(() => assertAntennaRule({ role: Role.AntennaManager, mobileTeam: true })).toThrow();
  });

  it('lets the mobile team, regional roles and instructors be without one', () => {
    for (const member of [
      { role: Role.Agent, mobileTeam: true },
      { role: Role.Agent, antennaId: 'amiens' },
      { role: Role.AntennaManager, antennaId: 'amiens' },
      { role: Role.Manager },
      { role: Role.Admin },
      { role: Role.Instructor },
    ])
      expect(() => assertAntennaRule(member)).not.toThrow();
  });
});
