import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

// Not under `deskKeys.all`: the desk refreshes that prefix on every call event.
const KEY = 'desk-knowledge';

/** The desk's knowledge panel: search as the agent types (the text is already debounced). */
export function useKnowledgeLookup(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [KEY, 'search', text],
    queryFn: () =>
      unwrap(api.GET('/api/knowledge/search', { params: { query: { q: text, limit: 8 } } })),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One article's live text, loaded when the agent opens a result. */
export function useKnowledgeArticle(slug: string | null) {
  return useQuery({
    queryKey: [KEY, 'article', slug],
    queryFn: () =>
      unwrap(api.GET('/api/knowledge/articles/{slug}', { params: { path: { slug: slug ?? '' } } })),
    enabled: slug !== null,
    staleTime: 60_000,
  });
}

/** The phrasing was copied: the content team's "most used" counts it. */
export function useRecordKnowledgeCopy() {
  return useMutation({
    mutationFn: (articleSlug: string) =>
      unwrap(api.POST('/api/knowledge/usage', { body: { articleSlug, action: 'copied' } })),
  });
}
