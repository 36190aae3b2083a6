import Badge, { type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { requestStatusLabels } from '../content/requests';
import type { components } from '../lib/api/schema.gen';

type RequestStatus = components['schemas']['RequestDto']['status'];

const SEVERITY: Record<RequestStatus, BadgeProps['severity']> = {
  new: 'new',
  qualified: 'info',
  in_progress: 'info',
  waiting_citizen: 'warning',
  resolved: 'success',
  closed: undefined,
};

export function RequestStatusBadge({ status }: { readonly status: RequestStatus }) {
  return (
    <Badge severity={SEVERITY[status]} small noIcon>
      {requestStatusLabels[status]}
    </Badge>
  );
}
