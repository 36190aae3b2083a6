import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

export const searchCitizensQueryOptions = (q: string) =>
  queryOptions({
    queryKey: citizenKeys.search(q),
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })),
  });

export function useSearchCitizens(q: string) {
  return useQuery({ ...searchCitizensQueryOptions(q), enabled: q.trim().length >= 2 });
}
