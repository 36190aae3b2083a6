import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

export const citizenMergesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: citizenKeys.merges(id),
    queryFn: () => unwrap(api.GET('/api/citizens/{id}/merges', { params: { path: { id } } })),
  });

export function useCitizenMerges(id: string) {
  return useQuery(citizenMergesQueryOptions(id));
}
