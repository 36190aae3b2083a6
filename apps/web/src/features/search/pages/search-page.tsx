import Alert from '@codegouvfr/react-dsfr/Alert';
import Table from '@codegouvfr/react-dsfr/Table';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { RequestsTable } from '../../../components/requests-table';
import { citizensSearch } from '../../../content/citizens';
import { common } from '../../../content/common';
import { inbox } from '../../../content/requests';
import { search as copy } from '../../../content/search';
import { linkTo } from '../../../lib/paths';
import { useSearch } from '../api/search';

const REFERENCE = /^HDF-\d{4}-\d{6}$/i;

function nameOf(citizen: { firstName?: string | null; lastName?: string | null }): string {
  return [citizen.firstName, citizen.lastName?.toUpperCase()].filter(Boolean).join(' ') || '—';
}

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
              <Table
                caption={copy.citizens}
                headers={[
                  citizensSearch.name,
                  citizensSearch.phone,
                  citizensSearch.email,
                  citizensSearch.antenna,
                ]}
                data={results.data.citizens.map((citizen) => [
                  <Link key="name" to={linkTo.citizen(citizen.id)}>
                    {nameOf(citizen)}
                  </Link>,
                  citizen.phones.join(', '),
                  citizen.emails.join(', '),
                  citizen.antennaId ?? citizensSearch.noAntenna,
                ])}
              />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
