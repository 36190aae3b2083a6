/** Query keys of the knowledge base; a save or a workflow step invalidates by prefix with `knowledgeKeys.all`. */
export const knowledgeKeys = {
  all: ['knowledge'] as const,
  entry: (family: Family, slug: string) => [...knowledgeKeys.all, 'entry', family, slug] as const,
  relatedArticles: (schemeSlug: string) => [...knowledgeKeys.all, 'related', schemeSlug] as const,
  search: (filter: object) => [...knowledgeKeys.all, 'search', filter] as const,
  revisions: (family: Family, slug: string) =>
    [...knowledgeKeys.all, 'revisions', family, slug] as const,
  revision: (family: Family, slug: string, n: number) =>
    [...knowledgeKeys.all, 'revision', family, slug, n] as const,
  comments: (family: Family, slug: string, n: number) =>
    [...knowledgeKeys.all, 'comments', family, slug, n] as const,
  diff: (family: Family, slug: string, from: number, to: number) =>
    [...knowledgeKeys.all, 'diff', family, slug, from, to] as const,
  handover: () => [...knowledgeKeys.all, 'handover'] as const,
  readers: (id: string) => [...knowledgeKeys.all, 'readers', id] as const,
  todo: (part: string) => [...knowledgeKeys.all, 'todo', part] as const,
  synonyms: () => [...knowledgeKeys.all, 'synonyms'] as const,
};

/** A scheme is structured; the three article kinds (FAQ, phrasing, antenna) are prose. */
export type Family = 'scheme' | 'article';

/** The path segment of a family in the API. */
export const familySegment = (family: Family): 'schemes' | 'articles' =>
  family === 'scheme' ? 'schemes' : 'articles';
