import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { common } from '../../../content/common';
import { knowledge } from '../../../content/knowledge';
import { formatDateTime } from '../../../lib/format';
import { detailPaths, linkTo } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import { useDismissEmptySearch, useEmptySearches, useMostUsed, useReviewQueue } from '../api/todo';
import { useExportCatalogue } from '../api/export-catalogue';
import { authorLabel } from '../components/author-label';
import { resultLink } from '../components/search-results';

const copy = knowledge.todo;

/** `/connaissances/a-faire`: what the content team should look at next. */
export function TodoPage() {
  const user = useSessionUser();
  if (!user.contentTeam)
    return (
      <Page title={copy.title}>
        <Alert severity="info" small description={knowledge.editor.restricted} />
      </Page>
    );
  return (
    <Page title={copy.title}>
      <p>
        <Link
          className="fr-link fr-icon-edit-line fr-link--icon-left"
          to={detailPaths.knowledgeNew}
        >
          {knowledge.links.create}
        </Link>{' '}
        <Link
          className="fr-link fr-icon-settings-5-line fr-link--icon-left fr-ml-3w"
          to={detailPaths.knowledgeSynonyms}
        >
          {knowledge.synonyms.link}
        </Link>
      </p>
      <ReviewQueue />
      <EmptySearches />
      <MostUsed />
      <CatalogueExport />
    </Page>
  );
}

function ReviewQueue() {
  const queue = useReviewQueue();
  const user = useSessionUser();
  return (
    <section aria-labelledby="review-title" className="fr-mb-4w">
      <h2 id="review-title" className="fr-h4">
        {copy.inReview}
      </h2>
      {queue.isPending && <Loading />}
      {queue.isError && <Alert severity="error" small description={common.unexpectedError} />}
      {queue.data &&
        (queue.data.length === 0 ? (
          <p>{copy.inReviewEmpty}</p>
        ) : (
          <ul>
            {queue.data.map((item) => (
              <li key={`${item.type}:${item.slug}`}>
                <Link
                  to={linkTo.knowledgeEditor(
                    item.type === 'scheme' ? 'scheme' : 'article',
                    item.slug,
                  )}
                >
                  {item.title}
                </Link>{' '}
                ({knowledge.kinds[item.type] ?? item.type}, {knowledge.revisions.columns.number}{' '}
                {item.revision},{' '}
                {authorLabel({ userId: item.authorUserId, name: item.authorName }, user.id)})
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function EmptySearches() {
  const searches = useEmptySearches();
  const dismiss = useDismissEmptySearch();
  return (
    <section aria-labelledby="empty-title" className="fr-mb-4w">
      <h2 id="empty-title" className="fr-h4">
        {copy.emptySearches}
      </h2>
      {searches.isPending && <Loading />}
      {searches.isError && <Alert severity="error" small description={common.unexpectedError} />}
      <div role="alert">
        {dismiss.isError && <Alert severity="error" small description={copy.dismissError} />}
      </div>
      {searches.data &&
        (searches.data.length === 0 ? (
          <p>{copy.empty}</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption>{copy.emptySearchesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{copy.query}</th>
                  <th scope="col">{copy.count}</th>
                  <th scope="col">{copy.lastSeen}</th>
                  <th scope="col">{copy.actions}</th>
                </tr>
              </thead>
              <tbody>
                {searches.data.map((search) => (
                  <tr key={search.id}>
                    <th scope="row">{search.query}</th>
                    <td>{search.count}</td>
                    <td>{formatDateTime(search.lastSearchedAt)}</td>
                    <td>
                      <Button
                        size="small"
                        priority="tertiary"
                        disabled={dismiss.isPending && dismiss.variables === search.id}
                        nativeButtonProps={{ 'aria-label': copy.dismissLabel(search.query) }}
                        onClick={() => dismiss.mutate(search.id)}
                      >
                        {copy.dismiss}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function MostUsed() {
  const usage = useMostUsed();
  return (
    <section aria-labelledby="used-title">
      <h2 id="used-title" className="fr-h4">
        {copy.mostUsed}
      </h2>
      {usage.isPending && <Loading />}
      {usage.isError && <Alert severity="error" small description={common.unexpectedError} />}
      {usage.data &&
        (usage.data.length === 0 ? (
          <p>{copy.empty}</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption>{copy.mostUsedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{copy.article}</th>
                  <th scope="col">{copy.uses}</th>
                </tr>
              </thead>
              <tbody>
                {usage.data.map((item) => (
                  <tr key={`${item.type}:${item.slug}`}>
                    <th scope="row">
                      <Link to={resultLink(item)}>{item.title}</Link>
                    </th>
                    <td>{item.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function CatalogueExport() {
  const exportCatalogue = useExportCatalogue();
  return (
    <section aria-labelledby="export-title" className="fr-mt-4w">
      <h2 id="export-title" className="fr-h4">
        {copy.export}
      </h2>
      <p>{copy.exportHint}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {(['json', 'yaml'] as const).map((format) => (
          <li key={format}>
            <Button
              priority="secondary"
              iconId="fr-icon-download-line"
              disabled={exportCatalogue.isPending}
              onClick={() => exportCatalogue.mutate(format)}
            >
              {copy.exportAs(format.toUpperCase())}
            </Button>
          </li>
        ))}
      </ul>
      <div role="alert">
        {exportCatalogue.isError && <Alert severity="error" small description={copy.exportError} />}
      </div>
    </section>
  );
}
