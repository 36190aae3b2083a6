import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { usersKeys } from './users-keys';

/** The antennas an account can belong to (not the head office). */
export const antennasQueryOptions = () =>
  queryOptions({
    queryKey: usersKeys.antennas(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/territory/antennas'))).filter(
        (holder) => holder.kind === 'antenna',
      ),
    staleTime: 60 * 60_000,
  });

export function useAntennas() {
  return useQuery(antennasQueryOptions());
}
