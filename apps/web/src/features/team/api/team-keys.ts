/** Query keys of the team screen; invalidate by prefix with `teamKeys.all`. */
export const teamKeys = {
  all: ['team'] as const,
  antennas: () => [...teamKeys.all, 'antennas'] as const,
  mobileTeam: () => [...teamKeys.all, 'mobile-team'] as const,
  staff: (antennaId: string) => [...teamKeys.all, 'staff', antennaId] as const,
  phoneSkills: (antennaId: string) => [...teamKeys.all, 'phone-skills', antennaId] as const,
};
