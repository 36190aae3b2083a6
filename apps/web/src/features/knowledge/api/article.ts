import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { knowledgeKeys } from './knowledge-keys';

type ArticleContent = components['schemas']['ArticleContentDto'];

export interface ArticleDetail extends ArticleContent {
  readonly publishedAt: string | null;
  /** The scheme's name when the reader may open it (null: none, or not published). */
  readonly schemeName: string | null;
}

/** An article's live revision. */
export function useArticle(slug: string) {
  return useQuery({
    queryKey: knowledgeKeys.entry('article', slug),
    queryFn: async (): Promise<ArticleDetail> => {
      const entry = await unwrap(
        api.GET('/api/knowledge/articles/{slug}', { params: { path: { slug } } }),
      );
      const content = entry.revision.article;
      if (!content) throw new Error('article without content');
      return {
        ...content,
        publishedAt: entry.revision.publishedAt,
        schemeName: entry.schemeTitle,
      };
    },
  });
}
