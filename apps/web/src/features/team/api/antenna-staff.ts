import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { teamKeys } from './team-keys';

export type StaffMember = components['schemas']['StaffMemberDto'];

export const antennaStaffQueryOptions = (antennaId: string) =>
  queryOptions({
    queryKey: teamKeys.staff(antennaId),
    queryFn: () =>
      unwrap(api.GET('/api/antennas/{antennaId}/staff', { params: { path: { antennaId } } })),
  });

/** The mobile team's active staff: they have no antenna, the accounts list filters them. */
export const mobileTeamStaffQueryOptions = () =>
  queryOptions({
    queryKey: teamKeys.staff('mobile-team'),
    queryFn: async () =>
      (await unwrap(api.GET('/api/users', { params: { query: { mobileTeam: 'true' } } }))).filter(
        (member) => member.active,
      ),
  });

/** The team of an antenna, or of the mobile team when `mobileTeam` (its id is `antennaId`). */
export function useAntennaStaff(antennaId: string | null, mobileTeam = false) {
  return useQuery({
    ...(mobileTeam ? mobileTeamStaffQueryOptions() : antennaStaffQueryOptions(antennaId ?? '')),
    enabled: antennaId !== null,
  });
}
