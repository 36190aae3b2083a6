import type { Revision } from '../api/revisions';
import type { ArticleFields, SchemeFields } from '../api/save-entry';
import { EMPTY_ENTRY, type EntryFields, splitTags } from './entry-form';

/** The form's fields from a saved revision. */
export function fieldsOfRevision(revision: Revision): EntryFields {
  const scheme = revision.scheme;
  const article = revision.article;
  if (scheme)
    return {
      ...EMPTY_ENTRY,
      kind: 'scheme',
      slug: scheme.slug,
      title: scheme.name,
      shortName: scheme.shortName ?? '',
      theme: scheme.theme,
      summary: scheme.summary,
      amounts: scheme.amounts ?? '',
      opensOn: scheme.opensOn ?? '',
      closesOn: scheme.closesOn ?? '',
      tags: scheme.tags.join(', '),
      body: scheme.body,
    };
  if (!article) return EMPTY_ENTRY;
  return {
    ...EMPTY_ENTRY,
    kind: article.kind,
    slug: article.slug,
    title: article.title,
    schemeSlug: article.schemeSlug ?? '',
    antennaId: article.antennaId ?? '',
    situation: article.situation ?? '',
    tags: article.tags.join(', '),
    body: article.body,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * A scheme's fields to save: what the form edits, over what the previous revision said (eligibility,
 * documents, apply link… are kept as they were).
 */
export function schemeFieldsOf(
  fields: EntryFields,
  previous: Revision['scheme'] | undefined,
): SchemeFields {
  const { slug: _slug, ...kept } = previous ?? { slug: '' };
  return {
    ...kept,
    name: fields.title.trim(),
    shortName: orNull(fields.shortName),
    theme: fields.theme,
    summary: fields.summary,
    amounts: orNull(fields.amounts),
    opensOn: orNull(fields.opensOn),
    closesOn: orNull(fields.closesOn),
    tags: splitTags(fields.tags),
    body: fields.body,
    changeNote: fields.changeNote.trim() || undefined,
  };
}

export function articleFieldsOf(fields: EntryFields, kind: string): ArticleFields {
  return {
    kind: kind as ArticleFields['kind'],
    title: fields.title.trim(),
    body: fields.body,
    schemeSlug: orNull(fields.schemeSlug),
    antennaId: orNull(fields.antennaId),
    situation: orNull(fields.situation),
    tags: splitTags(fields.tags),
    changeNote: fields.changeNote.trim() || undefined,
  };
}
