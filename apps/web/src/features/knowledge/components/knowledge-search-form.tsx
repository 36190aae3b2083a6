import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import type { FormEvent } from 'react';
import { knowledge } from '../../../content/knowledge';

export interface KnowledgeFilter {
  readonly q: string;
  readonly kind: string;
  readonly theme: string;
  readonly status: string;
  /** Who a scheme is for, as the schemes word it ("étudiants", "apprentis"…). */
  readonly audience: string;
}

export const KINDS = ['scheme', 'phrasing', 'faq', 'antenna'] as const;
export const SCHEME_STATUSES = ['open', 'upcoming', 'closed', 'archived'] as const;

export function filterFromSearch(search: URLSearchParams): KnowledgeFilter {
  return {
    q: search.get('q') ?? '',
    kind: search.get('type') ?? '',
    theme: search.get('theme') ?? '',
    status: search.get('statut') ?? '',
    audience: search.get('public') ?? '',
  };
}

export function searchFromFilter(filter: KnowledgeFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.q.trim()) search.set('q', filter.q.trim());
  if (filter.kind) search.set('type', filter.kind);
  if (filter.theme) search.set('theme', filter.theme);
  if (filter.status) search.set('statut', filter.status);
  if (filter.audience) search.set('public', filter.audience);
  return search;
}

interface KnowledgeSearchFormProps {
  readonly filter: KnowledgeFilter;
  readonly onApply: (filter: KnowledgeFilter) => void;
  /** The audiences the published schemes name, offered as a filter. */
  readonly audiences?: readonly string[];
}

/** The search box and its filters (type, theme, status, audience), kept in the address bar. */
export function KnowledgeSearchForm({ filter, onApply, audiences = [] }: KnowledgeSearchFormProps) {
  const copy = knowledge.search;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    onApply({
      q: text('q'),
      kind: text('kind'),
      theme: text('theme'),
      status: text('status'),
      audience: text('audience'),
    });
  };
  return (
    <form
      // Mounted again when the filter or the audiences offered change: the defaults follow.
      key={`${JSON.stringify(filter)}:${audiences.length}`}
      role="search"
      aria-label={copy.label}
      onSubmit={submit}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
    >
      <div className="fr-col-12 fr-col-lg-4">
        <Input
          label={copy.label}
          hintText={copy.hint}
          nativeInputProps={{ name: 'q', type: 'search', defaultValue: filter.q }}
        />
      </div>
      <div className="fr-col-6 fr-col-lg-2">
        <Select label={copy.kind} nativeSelectProps={{ name: 'kind', defaultValue: filter.kind }}>
          <option value="">{copy.all}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {knowledge.kinds[kind]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-6 fr-col-lg-2">
        <Select
          label={copy.theme}
          nativeSelectProps={{ name: 'theme', defaultValue: filter.theme }}
        >
          <option value="">{copy.all}</option>
          {Object.entries(knowledge.themes).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-6 fr-col-lg-2">
        <Select
          label={copy.status}
          nativeSelectProps={{ name: 'status', defaultValue: filter.status }}
        >
          <option value="">{copy.all}</option>
          {SCHEME_STATUSES.map((status) => (
            <option key={status} value={status}>
              {knowledge.schemeStatuses[status]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-6 fr-col-lg-2">
        <Select
          label={copy.audience}
          nativeSelectProps={{ name: 'audience', defaultValue: filter.audience }}
        >
          <option value="">{copy.all}</option>
          {filter.audience && !audiences.includes(filter.audience) && (
            <option value={filter.audience}>{filter.audience}</option>
          )}
          {audiences.map((audience) => (
            <option key={audience} value={audience}>
              {audience}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-6 fr-col-lg-12">
        <Button type="submit">{copy.submit}</Button>
      </div>
    </form>
  );
}
