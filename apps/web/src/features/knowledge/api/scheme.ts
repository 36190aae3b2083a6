import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { knowledgeKeys } from './knowledge-keys';

type SchemeContent = components['schemas']['SchemeContentDto'];

export interface SchemeDetail extends SchemeContent {
  readonly status: string;
  readonly publishedAt: string | null;
  readonly articles: readonly {
    readonly slug: string;
    readonly kind: string;
    readonly title: string;
  }[];
}

/** A scheme's live revision and the articles (phrasing, FAQ) attached to it. */
export function useScheme(slug: string) {
  return useQuery({
    queryKey: knowledgeKeys.entry('scheme', slug),
    queryFn: async (): Promise<SchemeDetail> => {
      const [entry, articles] = await Promise.all([
        unwrap(api.GET('/api/knowledge/schemes/{slug}', { params: { path: { slug } } })),
        unwrap(api.GET('/api/knowledge/articles', { params: { query: { schemeSlug: slug } } })),
      ]);
      const content = entry.revision.scheme;
      if (!content) throw new Error('scheme without content');
      return {
        ...content,
        status: entry.status ?? 'open',
        publishedAt: entry.revision.publishedAt,
        articles: articles.map((article) => ({
          slug: article.slug,
          kind: article.type,
          title: article.title,
        })),
      };
    },
  });
}
