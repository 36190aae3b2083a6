import Table from '@codegouvfr/react-dsfr/Table';
import { eventLabels, requestPage, requestStatusLabels } from '../../../content/requests';
import { formatDateTime } from '../../../lib/format';
import type { RequestDetail } from '../api/request-detail';

type Event = RequestDetail['timeline'][number];

function statusLabel(value: unknown): string {
  return typeof value === 'string' && value in requestStatusLabels
    ? requestStatusLabels[value as keyof typeof requestStatusLabels]
    : String(value);
}

function detailOf(event: Event): string {
  const parts: string[] = [];
  if (event.type === 'status-changed' && event.before && event.after)
    parts.push(`${statusLabel(event.before.status)} → ${statusLabel(event.after.status)}`);
  if (event.type === 'transferred' && event.after) parts.push(`→ ${String(event.after.antennaId)}`);
  if (event.reason) parts.push(event.reason);
  return parts.join(' — ');
}

export function RequestTimeline({ events }: { readonly events: readonly Event[] }) {
  return (
    <Table
      caption={requestPage.timelineCaption}
      headers={[requestPage.when, requestPage.what, requestPage.detail]}
      data={events.map((event) => [
        formatDateTime(event.occurredAt),
        eventLabels[event.type] ?? event.type,
        detailOf(event),
      ])}
    />
  );
}
