import Alert from '@codegouvfr/react-dsfr/Alert';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { usePublishedSchemes } from '../../../components/scheme-select';
import { knowledge } from '../../../content/knowledge';
import { pageTitles } from '../../../content/navigation';
import { detailPaths, paths } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import { useKnowledgeSearch } from '../api/search';
import {
  filterFromSearch,
  type KnowledgeFilter,
  KnowledgeSearchForm,
  searchFromFilter,
} from '../components/knowledge-search-form';
import { SchemesByTheme } from '../components/schemes-by-theme';
import { SearchResults } from '../components/search-results';

/** `/connaissances`: search the common base, or browse the schemes by theme and status. */
export function KnowledgePage() {
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const go = (next: KnowledgeFilter) => setSearch(searchFromFilter(next));
  const schemes = usePublishedSchemes();
  const audiences = [...new Set((schemes.data ?? []).flatMap((scheme) => scheme.audiences))].sort(
    (a, b) => a.localeCompare(b, 'fr'),
  );
  return (
    <Page title={pageTitles.knowledge}>
      <p>{knowledge.intro}</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <Link
            className="fr-btn fr-btn--secondary fr-icon-survey-line"
            to={detailPaths.eligibility}
          >
            {knowledge.links.eligibility}
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-calendar-line" to={paths.handover}>
            {knowledge.links.handover}
          </Link>
        </li>
        {user.contentTeam && (
          <>
            <li>
              <Link
                className="fr-btn fr-btn--tertiary fr-icon-todo-line"
                to={detailPaths.knowledgeTodo}
              >
                {knowledge.links.todo}
              </Link>
            </li>
            <li>
              <Link
                className="fr-btn fr-btn--tertiary fr-icon-edit-line"
                to={detailPaths.knowledgeNew}
              >
                {knowledge.links.create}
              </Link>
            </li>
          </>
        )}
      </ul>
      <KnowledgeSearchForm filter={filter} onApply={go} audiences={audiences} />
      {filter.q.trim() ? <Results filter={filter} /> : <Browse filter={filter} />}
    </Page>
  );
}

function Results({ filter }: { readonly filter: KnowledgeFilter }) {
  const results = useKnowledgeSearch(filter);
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" className="fr-h4" aria-live="polite">
        {results.data
          ? knowledge.search.results(results.data.results.length, filter.q.trim())
          : knowledge.search.label}
      </h2>
      {results.isPending && <Loading />}
      {results.isError && <Alert severity="error" small description={knowledge.search.loadError} />}
      {results.data && <SearchResults results={results.data.results} />}
    </section>
  );
}

function Browse({ filter }: { readonly filter: KnowledgeFilter }) {
  const schemes = usePublishedSchemes();
  const shown = (schemes.data ?? []).filter(
    (scheme) =>
      (!filter.theme || scheme.theme === filter.theme) &&
      (!filter.status || scheme.status === filter.status) &&
      (!filter.audience || scheme.audiences.includes(filter.audience)),
  );
  return (
    <section aria-labelledby="browse-title">
      <h2 id="browse-title" className="fr-h4">
        {knowledge.browse.heading}
      </h2>
      {schemes.isPending && <Loading />}
      {schemes.isError && <Alert severity="error" small description={knowledge.browse.loadError} />}
      {schemes.data &&
        (shown.length === 0 ? <p>{knowledge.browse.empty}</p> : <SchemesByTheme schemes={shown} />)}
    </section>
  );
}
