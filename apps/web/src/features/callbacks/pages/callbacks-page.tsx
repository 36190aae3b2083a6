import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { callbacks } from '../../../content/callbacks';
import { common } from '../../../content/common';
import { pageTitles } from '../../../content/navigation';
import { ApiError } from '../../../lib/api/api-error';
import { paths } from '../../../lib/paths';
import { useCallCallback } from '../api/call-callback';
import { type CallbackRequest, useCallbacks } from '../api/callbacks';

const dueDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

/** `/rappels`: the antenna's callbacks, each one called from here (click-to-call). */
export function CallbacksPage() {
  const list = useCallbacks();
  return (
    <Page title={pageTitles.callbacks}>
      <p>{callbacks.intro}</p>
      {list.isPending && <Loading />}
      {list.isError && <Alert severity="error" small description={common.unexpectedError} />}
      {list.isSuccess &&
        (list.data.length === 0 ? <p>{callbacks.empty}</p> : <CallbacksTable rows={list.data} />)}
    </Page>
  );
}

function CallbacksTable({ rows }: { readonly rows: readonly CallbackRequest[] }) {
  const call = useCallCallback();
  const [results, setResults] = useState<Record<string, string>>({});

  const place = (request: CallbackRequest) => {
    call.mutate(request.id, {
      onSuccess: (placed) =>
        setResults((current) => ({ ...current, [request.id]: callbacks.outcomes[placed.outcome] })),
      onError: (error) =>
        setResults((current) => ({
          ...current,
          [request.id]: error instanceof ApiError ? error.message : callbacks.failed,
        })),
    });
  };

  return (
    <div className="fr-table fr-table--no-caption-top">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{callbacks.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{callbacks.columns.reference}</th>
                  <th scope="col">{callbacks.columns.subject}</th>
                  <th scope="col">{callbacks.columns.due}</th>
                  <th scope="col">{callbacks.columns.action}</th>
                  <th scope="col">{callbacks.columns.result}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((request) => (
                  <tr key={request.id}>
                    <th scope="row">
                      <Link to={`${paths.requests}/${request.id}`}>{request.reference}</Link>
                    </th>
                    <td>{request.subject}</td>
                    <td>
                      {request.dueAt ? dueDate.format(new Date(request.dueAt)) : callbacks.noDue}
                    </td>
                    <td>
                      <Button
                        size="small"
                        iconId="fr-icon-phone-line"
                        disabled={call.isPending && call.variables === request.id}
                        onClick={() => place(request)}
                      >
                        {callbacks.call(request.reference)}
                      </Button>
                    </td>
                    <td>
                      <span role="status">{results[request.id] ?? ''}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
