import Alert from '@codegouvfr/react-dsfr/Alert';
import type { ReactNode } from 'react';
import { Loading } from '../../../components/loading';
import { reporting } from '../../../content/reporting';
import { ApiError } from '../../../lib/api/api-error';
import type { ReportResult } from '../api/report-models';

interface QueryStateProps<T> {
  readonly query: ReportResult<T>;
  readonly children: (data: T) => ReactNode;
}

/** A report's loading and failure states; a refusal of the antenna is said as such. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.isPending && !query.isError) return <Loading />;
  if (query.isError) {
    const forbidden = query.error instanceof ApiError && query.error.status === 403;
    return (
      <Alert
        severity="error"
        small
        className="fr-mb-3w"
        description={forbidden ? reporting.forbidden : reporting.loadError}
      />
    );
  }
  return query.data === undefined ? <Loading /> : children(query.data);
}
