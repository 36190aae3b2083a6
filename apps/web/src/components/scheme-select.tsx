import Select from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import type { SelectHTMLAttributes } from 'react';
import { knowledge } from '../content/knowledge';
import { api, unwrap } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';

type SchemeSummary = components['schemas']['EntrySummaryDto'];

/**
 * Under the knowledge base's key prefix (`knowledgeKeys.all`): a scheme saved or published there
 * refreshes every list of schemes at once.
 */
export const PUBLISHED_SCHEMES_KEY = ['knowledge', 'schemes'] as const;

/** The published schemes (a few dozen), for the knowledge pages and every form that names one. */
export function usePublishedSchemes() {
  return useQuery({
    queryKey: PUBLISHED_SCHEMES_KEY,
    queryFn: () => unwrap(api.GET('/api/knowledge/schemes')),
    staleTime: 60_000,
  });
}

// Open campaigns first: they are what citizens call about.
const STATUS_ORDER = ['open', 'upcoming', 'closed', 'archived'] as const;

export interface SchemeGroup {
  readonly status: string;
  readonly label: string;
  readonly schemes: readonly { readonly slug: string; readonly name: string }[];
}

/** Schemes grouped by campaign status, open first, each group by name (French collation). */
export function groupSchemes(schemes: readonly SchemeSummary[]): SchemeGroup[] {
  const byName = [...schemes].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return STATUS_ORDER.map((status) => ({
    status,
    label: knowledge.schemeStatuses[status] ?? status,
    schemes: byName
      .filter((scheme) => (scheme.status ?? 'open') === status)
      .map((scheme) => ({ slug: scheme.slug, name: scheme.title })),
  })).filter((group) => group.schemes.length > 0);
}

interface SchemeSelectProps {
  readonly label: string;
  readonly hint?: string;
  /** The first option, meaning "no scheme" (a form) or "any scheme" (a filter). */
  readonly emptyLabel: string;
  /** The value currently chosen: kept as an option even when the list no longer offers it. */
  readonly current?: string;
  readonly error?: string;
  readonly nativeSelectProps: SelectHTMLAttributes<HTMLSelectElement>;
}

/** Picks an aid scheme of the knowledge base by name; the form receives its slug. */
export function SchemeSelect({
  label,
  hint,
  emptyLabel,
  current,
  error,
  nativeSelectProps,
}: SchemeSelectProps) {
  const schemes = usePublishedSchemes();
  const groups = groupSchemes(schemes.data ?? []);
  const listed = groups.some((group) => group.schemes.some((scheme) => scheme.slug === current));
  return (
    <Select
      // Mounted again once the list arrives, so that the chosen value finds its option.
      key={schemes.isSuccess ? 'loaded' : 'loading'}
      label={label}
      hint={hint}
      state={error ? 'error' : schemes.isError ? 'info' : 'default'}
      stateRelatedMessage={
        error ?? (schemes.isError ? knowledge.schemeSelect.unavailable : undefined)
      }
      nativeSelectProps={{ ...nativeSelectProps, 'aria-invalid': error ? true : undefined }}
    >
      <option value="">{emptyLabel}</option>
      {current && !listed && <option value={current}>{current}</option>}
      {groups.map((group) => (
        <optgroup key={group.status} label={group.label}>
          {group.schemes.map((scheme) => (
            <option key={scheme.slug} value={scheme.slug}>
              {scheme.name}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
