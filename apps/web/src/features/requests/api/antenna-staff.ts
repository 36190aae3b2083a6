import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type StaffMember = components['schemas']['StaffMemberDto'];

export const antennaStaffQueryOptions = (antennaId: string) =>
  queryOptions({
    queryKey: requestKeys.staff(antennaId),
    queryFn: () =>
      unwrap(api.GET('/api/antennas/{antennaId}/staff', { params: { path: { antennaId } } })),
    staleTime: 5 * 60_000,
  });

/** The antenna's team (front-line roles only): names for assignees, colleagues to assign to. */
export function useAntennaStaff(antennaId: string | null, enabled = true) {
  return useQuery({
    ...antennaStaffQueryOptions(antennaId ?? ''),
    enabled: enabled && antennaId !== null,
  });
}
