import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { type Family, knowledgeKeys } from './knowledge-keys';

/** An entry as the content team sees it (the live revision, else the latest). */
export function useEntry(family: Family, slug: string) {
  return useQuery({
    queryKey: [...knowledgeKeys.entry(family, slug), 'editor'],
    queryFn: () =>
      family === 'scheme'
        ? unwrap(api.GET('/api/knowledge/schemes/{slug}', { params: { path: { slug } } }))
        : unwrap(api.GET('/api/knowledge/articles/{slug}', { params: { path: { slug } } })),
  });
}
