import Alert from '@codegouvfr/react-dsfr/Alert';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CitizensTable } from '../../../components/citizens-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { RequestsTable } from '../../../components/requests-table';
import { common } from '../../../content/common';
import { inbox } from '../../../content/requests';
import { search as copy } from '../../../content/search';
import { linkTo } from '../../../lib/paths';
import { useSearch } from '../api/search';

const REFERENCE = /^HDF-\d{4}-\d{6}$/i;

/** The results of the header's search box; an exact reference opens its request directly. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const results = useSearch(q);
  const navigate = useNavigate();
  const direct =
    REFERENCE.test(q) && results.data?.requests.length === 1 ? results.data.requests[0] : undefined;

  useEffect(() => {
    if (direct) void navigate(linkTo.request(direct.id), { replace: true });
  }, [direct, navigate]);

  return (
    <Page title={q ? copy.resultsFor(q) : copy.title}>
      {q.length < 2 && <p>{copy.tooShort}</p>}
      {results.isFetching && <Loading />}
      {results.isError && <Alert severity="error" small description={common.unexpectedError} />}
      {results.data && (
        <>
          {results.data.citizens.length === 0 && results.data.requests.length === 0 && (
            <p>{copy.nothing}</p>
          )}
          {results.data.requests.length > 0 && (
            <section aria-labelledby="resultats-demandes">
              <h2 id="resultats-demandes" className="fr-h4">
                {copy.requests}
              </h2>
              <RequestsTable
                caption={copy.requests}
                requests={results.data.requests}
                assigneeName={() => inbox.unknownAssignee}
              />
            </section>
          )}
          {results.data.citizens.length > 0 && (
            <section aria-labelledby="resultats-usagers">
              <h2 id="resultats-usagers" className="fr-h4">
                {copy.citizens}
              </h2>
              <CitizensTable caption={copy.citizens} citizens={results.data.citizens} />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
