import { ValidationFailedException } from '@gru/errors';
import type { z } from 'zod';
import { articleInputSchema, schemeInputSchema } from './entry-input';
import type { ArticleContent, EntryContent, SchemeContent } from './entry-content';
import { plainField, plainTextOf, sanitiseRichText } from './rich-text';

/** zod's issues as the project's 400 body, field by field (French first). */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  prefix = '',
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const byField = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body';
    byField.set(field, [...(byField.get(field) ?? []), `${field} : ${issue.message}`]);
  }
  throw new ValidationFailedException(
    [...byField].map(([field, messages]) => ({ field, messages })),
  );
}

const tidyList = (values: readonly string[]) => [
  ...new Set(values.map((value) => plainField(value)).filter(Boolean)),
];

/** Validates and sanitises a scheme as the content team or an import wrote it. */
export function buildSchemeContent(input: unknown): SchemeContent {
  const scheme = parseOrThrow(schemeInputSchema, input);
  if (scheme.opensOn && scheme.closesOn && scheme.closesOn < scheme.opensOn)
    throw new ValidationFailedException([
      { field: 'closesOn', messages: ["closesOn : la clôture précède l'ouverture"] },
    ]);
  const { minAge, maxAge } = scheme.eligibility;
  if (minAge !== undefined && maxAge !== undefined && maxAge < minAge)
    throw new ValidationFailedException([
      { field: 'eligibility.maxAge', messages: ["eligibility.maxAge : inférieur à l'âge minimum"] },
    ]);
  return {
    kind: 'scheme',
    slug: scheme.slug,
    name: plainField(scheme.name),
    shortName: scheme.shortName ? plainField(scheme.shortName) : null,
    theme: plainField(scheme.theme),
    summary: sanitiseRichText(scheme.summary),
    body: sanitiseRichText(scheme.body),
    audiences: tidyList(scheme.audiences),
    tags: tidyList(scheme.tags),
    eligibility: scheme.eligibility,
    amounts: scheme.amounts ? plainField(scheme.amounts) : null,
    opensOn: scheme.opensOn ?? null,
    closesOn: scheme.closesOn ?? null,
    requiredDocuments: tidyList(scheme.requiredDocuments),
    applyUrl: scheme.applyUrl ?? null,
    applyChannel: scheme.applyChannel || null,
    responsibleService: scheme.responsibleService ? plainField(scheme.responsibleService) : null,
    referentInstructorEmail: scheme.referentInstructorEmail?.toLowerCase() ?? null,
    mailboxId: scheme.mailboxId || null,
  };
}

export function buildArticleContent(input: unknown): ArticleContent {
  const article = parseOrThrow(articleInputSchema, input);
  return {
    kind: article.kind,
    slug: article.slug,
    title: plainField(article.title),
    body: sanitiseRichText(article.body),
    schemeSlug: article.schemeSlug ?? null,
    antennaId: article.antennaId || null,
    tags: tidyList(article.tags),
    situation: article.situation ? plainField(article.situation) : null,
  };
}

/** What a revision row holds beside its content: filters and the three weighted search texts. */
export interface RevisionColumns {
  readonly title: string;
  readonly theme: string | null;
  readonly audiences: string[];
  readonly tags: string[];
  readonly schemeSlug: string | null;
  readonly antennaId: string | null;
  readonly opensOn: string | null;
  readonly closesOn: string | null;
  readonly searchPrimary: string;
  readonly searchSecondary: string;
  readonly searchBody: string;
}

/**
 * Weights (issue 12): name and tags (A) > phrasing (B) > body (C). A scheme's summary is its
 * phrasing; a phrasing article's text is phrasing; an FAQ's question is its title.
 */
export function revisionColumns(
  content: EntryContent,
  schemeTheme: string | null = null,
): RevisionColumns {
  if (content.kind === 'scheme') {
    return {
      title: content.name,
      theme: content.theme,
      audiences: [...content.audiences],
      tags: [...content.tags],
      schemeSlug: null,
      antennaId: null,
      opensOn: content.opensOn,
      closesOn: content.closesOn,
      searchPrimary: [content.name, content.shortName ?? '', ...content.tags].join(' '),
      searchSecondary: plainTextOf(content.summary),
      searchBody: [
        plainTextOf(content.body),
        content.audiences.join(', '),
        content.amounts ?? '',
        content.requiredDocuments.join(', '),
        (content.eligibility.statuses ?? []).join(', '),
      ]
        .filter(Boolean)
        .join(' — '),
    };
  }
  const text = plainTextOf(content.body);
  return {
    title: content.title,
    theme: schemeTheme,
    audiences: [],
    tags: [...content.tags],
    schemeSlug: content.schemeSlug,
    antennaId: content.antennaId,
    opensOn: null,
    closesOn: null,
    searchPrimary: [content.title, ...content.tags].join(' '),
    searchSecondary: content.kind === 'phrasing' ? [content.situation ?? '', text].join(' — ') : '',
    searchBody: content.kind === 'phrasing' ? (content.situation ?? '') : text,
  };
}
