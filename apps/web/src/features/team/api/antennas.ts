import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { teamKeys } from './team-keys';

/** The antennas (the head office has no antenna staff of its own). */
export const antennasQueryOptions = () =>
  queryOptions({
    queryKey: teamKeys.antennas(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/territory/antennas'))).filter(
        (holder) => holder.kind === 'antenna',
      ),
    staleTime: 60 * 60_000,
  });

export function useAntennas(enabled: boolean) {
  return useQuery({ ...antennasQueryOptions(), enabled });
}

/** The mobile team: a pool of its own, managed from the regional level. */
export function useMobileTeam(enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.mobileTeam(),
    queryFn: () => unwrap(api.GET('/api/territory/mobile-team')),
    staleTime: 60 * 60_000,
    enabled,
  });
}
