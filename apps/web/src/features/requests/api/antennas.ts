import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

/** GET /api/territory/antennas has no response schema in the contract yet: checked here. */
const antennasSchema = z.array(
  z.object({ id: z.string(), name: z.string(), kind: z.string() }).loose(),
);

export type AntennaSummary = z.infer<typeof antennasSchema>[number];

export const antennasQueryOptions = () =>
  queryOptions({
    queryKey: requestKeys.antennas(),
    queryFn: async () =>
      antennasSchema
        .parse(await unwrap(api.GET('/api/territory/antennas')))
        .filter((antenna) => antenna.kind === 'antenna'),
    staleTime: 60 * 60_000,
  });

export function useAntennas(enabled = true) {
  return useQuery({ ...antennasQueryOptions(), enabled });
}
