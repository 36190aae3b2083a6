import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { reportingKeys } from './reporting-keys';

/** The antennas (not the head office), to choose from and to name the rows by. */
export const antennasQueryOptions = () =>
  queryOptions({
    queryKey: reportingKeys.antennas(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/territory/antennas'))).filter(
        (holder) => holder.kind === 'antenna',
      ),
    staleTime: 60 * 60_000,
  });

export function useAntennas() {
  return useQuery(antennasQueryOptions());
}

/** Where each antenna and the head office sit (INSEE code of the seat), to place them on the map. */
export const seatsQueryOptions = () =>
  queryOptions({
    queryKey: reportingKeys.seats(),
    queryFn: async () =>
      new Map(
        (await unwrap(api.GET('/api/territory/antennas'))).map(
          (holder) => [holder.id, holder.inseeTown] as const,
        ),
      ),
    staleTime: 60 * 60_000,
  });
