import { mayActOnAntenna, worksAcrossAntennas } from './access-policy';
import type { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';

const staff = (role: Role, antennaId: string | null, mobileTeam = false): AuthenticatedUser => ({
  id: 'u',
  email: 'u@gru.test',
  role,
  antennaId,
  mobileTeam,
});

describe('antenna access policy', () => {
  it('keeps antenna staff to their own antenna', () => {
    expect(mayActOnAntenna(staff(Role.Agent, 'amiens'), 'amiens')).toBe(true);
    expect(mayActOnAntenna(staff(Role.Agent, 'amiens'), 'montdidier')).toBe(false);
    expect(mayActOnAntenna(staff(Role.AntennaManager, 'amiens'), 'arras')).toBe(false);
    expect(mayActOnAntenna(staff(Role.Instructor, null), 'amiens')).toBe(false);
  });

  it('lets the mobile team, managers and admins work across the region', () => {
    expect(worksAcrossAntennas(staff(Role.Agent, null, true))).toBe(true);
    expect(mayActOnAntenna(staff(Role.Manager, null), 'arras')).toBe(true);
    expect(mayActOnAntenna(staff(Role.Admin, null), 'laon')).toBe(true);
  });
});
