import Badge from '@codegouvfr/react-dsfr/Badge';
import Table from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { inbox } from '../content/requests';
import type { components } from '../lib/api/schema.gen';
import { formatDateTime, isOverdue } from '../lib/format';
import { linkTo } from '../lib/paths';
import { RequestStatusBadge } from './request-status-badge';

type RequestRow = components['schemas']['RequestDto'] & { citizenName?: string | null };

interface RequestsTableProps {
  readonly caption: string;
  readonly requests: readonly RequestRow[];
  readonly assigneeName: (userId: string) => string;
  readonly showCitizen?: boolean;
}

/** Requests as the inbox, a citizen's file and the search list them; an overdue date says so in words. */
export function RequestsTable({
  caption,
  requests,
  assigneeName,
  showCitizen = true,
}: RequestsTableProps) {
  const headers = [
    inbox.columns.reference,
    inbox.columns.subject,
    ...(showCitizen ? [inbox.columns.citizen] : []),
    inbox.columns.status,
    inbox.columns.due,
    inbox.columns.assignee,
  ];
  const data = requests.map((request) => {
    const late = isOverdue(request.dueAt ?? null, request.status);
    return [
      <Link key="reference" to={linkTo.request(request.id)}>
        {request.reference}
      </Link>,
      request.subject,
      ...(showCitizen
        ? [
            <Link key="citizen" to={linkTo.citizen(request.citizenId)}>
              {request.citizenName ?? inbox.openCitizen(request.reference)}
            </Link>,
          ]
        : []),
      <RequestStatusBadge key="status" status={request.status} />,
      request.dueAt ? (
        <span key="due" className={late ? 'fr-text--bold fr-text-default--error' : undefined}>
          {formatDateTime(request.dueAt)}
          {late && (
            <>
              {' '}
              <Badge severity="error" small>
                {inbox.overdueTag}
              </Badge>
            </>
          )}
        </span>
      ) : (
        '—'
      ),
      request.assigneeUserId ? assigneeName(request.assigneeUserId) : inbox.nobody,
    ];
  });
  return <Table caption={caption} headers={headers} data={data} fixed={false} />;
}
