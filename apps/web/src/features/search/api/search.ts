import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { searchKeys } from './search-keys';

export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: searchKeys.results(q),
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })),
  });

/** Citizens and requests for a reference, a phone, an email or a name (2 to 100 characters). */
export function useSearch(q: string) {
  return useQuery({ ...searchQueryOptions(q), enabled: q.length >= 2 && q.length <= 100 });
}
