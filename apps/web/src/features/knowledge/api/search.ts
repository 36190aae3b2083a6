import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { KnowledgeFilter } from '../components/knowledge-search-form';
import { knowledgeKeys } from './knowledge-keys';

type Kind = 'scheme' | 'faq' | 'phrasing' | 'antenna';
type Status = 'upcoming' | 'open' | 'closed' | 'archived';

/** `GET /api/knowledge/search`: best first, open schemes first, matches marked in the snippet. */
export function useKnowledgeSearch(filter: KnowledgeFilter) {
  const q = filter.q.trim();
  return useQuery({
    queryKey: knowledgeKeys.search({ ...filter, q }),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/search', {
          params: {
            query: {
              q,
              kind: (filter.kind || undefined) as Kind | undefined,
              theme: filter.theme || undefined,
              status: (filter.status || undefined) as Status | undefined,
              audience: filter.audience || undefined,
            },
          },
        }),
      ),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
