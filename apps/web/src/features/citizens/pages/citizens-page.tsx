import Alert from '@codegouvfr/react-dsfr/Alert';
import { SearchBar } from '@codegouvfr/react-dsfr/SearchBar';
import { Link, useSearchParams } from 'react-router';
import { CitizensTable } from '../../../components/citizens-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { citizensSearch } from '../../../content/citizens';
import { common } from '../../../content/common';
import { linkTo } from '../../../lib/paths';
import { useSearchCitizens } from '../api/search-citizens';

/** Finds a citizen by name, phone or email; the query stays in the address bar. */
export function CitizensPage() {
  const [search, setSearch] = useSearchParams();
  const q = search.get('q')?.trim() ?? '';
  const results = useSearchCitizens(q);
  return (
    <Page title={citizensSearch.title}>
      <SearchBar
        key={q}
        label={citizensSearch.label}
        defaultValue={q}
        big
        onButtonClick={(text) => setSearch(text.trim() ? { q: text.trim() } : {})}
        renderInput={({ className, id, type }) => (
          <input
            className={className}
            id={id}
            type={type}
            name="q"
            defaultValue={q}
            placeholder={citizensSearch.hint}
            aria-describedby="recherche-usager-aide"
          />
        )}
      />
      <p id="recherche-usager-aide" className="fr-hint-text fr-mt-1w">
        {citizensSearch.hint}
      </p>
      <div aria-live="polite">
        {q.length === 1 && <p>{citizensSearch.tooShort}</p>}
        {results.isFetching && <Loading />}
        {results.isError && <Alert severity="error" small description={common.unexpectedError} />}
        {results.data &&
          results.data.citizens.length === 0 &&
          results.data.requests.length === 0 && <p className="fr-mt-2w">{citizensSearch.none}</p>}
      </div>
      {results.data && results.data.requests.length > 0 && (
        <ul className="fr-mt-2w">
          {results.data.requests.map((request) => (
            <li key={request.id}>
              <Link to={linkTo.request(request.id)}>{request.reference}</Link> — {request.subject}
            </li>
          ))}
        </ul>
      )}
      {results.data && results.data.citizens.length > 0 && (
        <CitizensTable
          className="fr-mt-2w"
          caption={citizensSearch.caption}
          citizens={results.data.citizens}
        />
      )}
    </Page>
  );
}
