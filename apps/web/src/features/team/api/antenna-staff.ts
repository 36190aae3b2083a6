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

export function useAntennaStaff(antennaId: string | null) {
  return useQuery({ ...antennaStaffQueryOptions(antennaId ?? ''), enabled: antennaId !== null });
}
