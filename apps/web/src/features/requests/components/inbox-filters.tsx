import Button from '@codegouvfr/react-dsfr/Button';
import Select from '@codegouvfr/react-dsfr/Select';
import type { FormEvent } from 'react';
import { SchemeSelect } from '../../../components/scheme-select';
import { channelLabels, inbox, requestStatusLabels } from '../../../content/requests';
import {
  CHANNELS,
  type Channel,
  DEFAULT_FILTER,
  type DueFilter,
  REQUEST_STATUSES,
  type RequestListFilter,
  type RequestStatus,
} from '../inbox/inbox-filter';

interface InboxFiltersProps {
  readonly filter: RequestListFilter;
  readonly onApply: (filter: RequestListFilter) => void;
}

function pick<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[]) {
  return allowed.find((candidate) => candidate === value);
}

/** Status, channel, scheme and due date; applied on submit so that each change is deliberate. */
export function InboxFilters({ filter, onApply }: InboxFiltersProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const status = pick<RequestStatus>(form.get('status'), REQUEST_STATUSES);
    const rawSlug = form.get('aidSchemeSlug');
    const slug = typeof rawSlug === 'string' ? rawSlug.trim() : '';
    onApply({
      ...filter,
      statuses: status ? [status] : [],
      channel: pick<Channel>(form.get('channel'), CHANNELS),
      aidSchemeSlug: slug || undefined,
      due: pick<DueFilter>(form.get('due'), ['soon', 'overdue']),
    });
  };
  // Several statuses come only from a shared address: the list keeps them, the select shows the first.
  const status = filter.statuses[0] ?? '';

  return (
    <form
      key={JSON.stringify(filter)}
      onSubmit={submit}
      aria-label={inbox.filtersTitle}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
    >
      <div className="fr-col-12 fr-col-md-3">
        <Select label={inbox.status} nativeSelectProps={{ name: 'status', defaultValue: status }}>
          <option value="">{inbox.anyStatus}</option>
          {REQUEST_STATUSES.map((value) => (
            <option key={value} value={value}>
              {requestStatusLabels[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-2">
        <Select
          label={inbox.channel}
          nativeSelectProps={{ name: 'channel', defaultValue: filter.channel ?? '' }}
        >
          <option value="">{inbox.anyChannel}</option>
          {CHANNELS.map((value) => (
            <option key={value} value={value}>
              {channelLabels[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <SchemeSelect
          label={inbox.aidScheme}
          emptyLabel={inbox.anyScheme}
          current={filter.aidSchemeSlug}
          nativeSelectProps={{ name: 'aidSchemeSlug', defaultValue: filter.aidSchemeSlug ?? '' }}
        />
      </div>
      <div className="fr-col-12 fr-col-md-2">
        <Select
          label={inbox.due}
          nativeSelectProps={{ name: 'due', defaultValue: filter.due ?? '' }}
        >
          <option value="">{inbox.anyDue}</option>
          <option value="soon">{inbox.dueSoon}</option>
          <option value="overdue">{inbox.overdue}</option>
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-2">
        <Button type="submit">{inbox.apply}</Button>
        <Button
          type="button"
          priority="tertiary no outline"
          size="small"
          onClick={() => onApply({ ...DEFAULT_FILTER, tab: filter.tab })}
        >
          {inbox.reset}
        </Button>
      </div>
    </form>
  );
}
