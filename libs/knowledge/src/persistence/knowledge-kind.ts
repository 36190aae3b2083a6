/** Stored values: never rename one. A scheme is structured; the three article kinds are prose. */
export enum KnowledgeKind {
  Scheme = 'scheme',
  Faq = 'faq',
  Phrasing = 'phrasing',
  Antenna = 'antenna',
}

export const ARTICLE_KINDS = [
  KnowledgeKind.Faq,
  KnowledgeKind.Phrasing,
  KnowledgeKind.Antenna,
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Slugs are unique per family: a scheme and an article may share one. */
export enum KnowledgeFamily {
  Scheme = 'scheme',
  Article = 'article',
}

export function familyOf(kind: KnowledgeKind): KnowledgeFamily {
  return kind === KnowledgeKind.Scheme ? KnowledgeFamily.Scheme : KnowledgeFamily.Article;
}

/** Stored values: the review workflow of one revision. */
export enum RevisionState {
  Draft = 'draft',
  InReview = 'in_review',
  Published = 'published',
  Archived = 'archived',
}

/** A scheme's status, from its campaign dates unless archived. */
export enum SchemeStatus {
  Upcoming = 'upcoming',
  Open = 'open',
  Closed = 'closed',
  Archived = 'archived',
}
