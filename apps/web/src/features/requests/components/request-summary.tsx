import { Link } from 'react-router';
import { RequestStatusBadge } from '../../../components/request-status-badge';
import { channelLabels, priorityLabels, requestPage } from '../../../content/requests';
import { formatDateTime, isOverdue } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import type { RequestDetail } from '../api/request-detail';

interface RequestSummaryProps {
  readonly request: RequestDetail;
  readonly assigneeName: (userId: string) => string;
  readonly antennaName: (antennaId: string) => string;
}

export function RequestSummary({ request, assigneeName, antennaName }: RequestSummaryProps) {
  const late = isOverdue(request.dueAt ?? null, request.status);
  const rows: [string, React.ReactNode][] = [
    [requestPage.reference, request.reference],
    [requestPage.status, <RequestStatusBadge key="status" status={request.status} />],
    [requestPage.priority, priorityLabels[request.priority]],
    [
      requestPage.due,
      request.dueAt ? (
        <span className={late ? 'fr-text-default--error fr-text--bold' : undefined}>
          {formatDateTime(request.dueAt)}
          {late ? ' (dépassée)' : ''}
        </span>
      ) : (
        requestPage.noDue
      ),
    ],
    [
      requestPage.antenna,
      request.antennaId ? antennaName(request.antennaId) : requestPage.noAntenna,
    ],
    [requestPage.assignee, request.assigneeUserId ? assigneeName(request.assigneeUserId) : '—'],
    [requestPage.channel, channelLabels[request.channel]],
    [
      requestPage.citizen,
      <Link key="citizen" to={linkTo.citizen(request.citizenId)}>
        {requestPage.openCitizen}
      </Link>,
    ],
  ];
  return (
    <section aria-labelledby="synthese">
      <h2 id="synthese" className="fr-h4">
        {requestPage.summary}
      </h2>
      <p className="fr-text--lead">{request.subject}</p>
      <dl className="fr-grid-row fr-grid-row--gutters">
        {rows.map(([term, value]) => (
          <div key={term} className="fr-col-6 fr-col-md-3">
            <dt className="fr-text--sm fr-mb-0">{term}</dt>
            <dd className="fr-text--bold fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
