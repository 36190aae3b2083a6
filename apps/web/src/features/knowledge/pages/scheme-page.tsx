import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { RichText } from '../../../components/rich-text';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { formatDate } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import { type SchemeDetail, useScheme } from '../api/scheme';
import { EligibilitySummary } from '../components/eligibility-summary';
import { SchemeStatusBadge } from '../components/scheme-status-badge';

const copy = knowledge.scheme;

/** `/connaissances/dispositifs/:slug`: a scheme as agents read it, with its phrasing and FAQ. */
export function SchemePage() {
  const { slug = '' } = useParams();
  const scheme = useScheme(slug);
  if (scheme.isPending)
    return (
      <Page title={knowledge.kinds.scheme ?? ''}>
        <Loading />
      </Page>
    );
  if (scheme.isError) {
    const missing = scheme.error instanceof ApiError && scheme.error.status === 404;
    return (
      <Page title={knowledge.kinds.scheme ?? ''}>
        <Alert severity="error" small description={missing ? copy.notFound : copy.loadError} />
      </Page>
    );
  }
  return <SchemeView scheme={scheme.data} />;
}

function SchemeView({ scheme }: { readonly scheme: SchemeDetail }) {
  const user = useSessionUser();
  const dates = (iso: string | null) => (iso ? formatDate(iso) : null);
  return (
    <Page title={scheme.name}>
      <p>
        <SchemeStatusBadge status={scheme.status} />{' '}
        <Badge small noIcon>
          {knowledge.themeLabel(scheme.theme)}
        </Badge>
      </p>
      {scheme.publishedAt && (
        <p className="fr-text--sm">{copy.publishedOn(formatDate(scheme.publishedAt))}</p>
      )}
      {user.contentTeam && (
        <p>
          <Link
            className="fr-link fr-icon-edit-line fr-link--icon-left"
            to={linkTo.knowledgeEditor('scheme', scheme.slug)}
          >
            {copy.edit}
          </Link>
        </p>
      )}
      <div className="fr-callout fr-mb-3w">
        <h2 className="fr-callout__title fr-h5">{copy.summary}</h2>
        <RichText html={scheme.summary} className="fr-callout__text" />
      </div>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h5">{copy.eligibility}</h2>
          <EligibilitySummary rules={scheme.eligibility} />
          <h2 className="fr-h5">{copy.campaign}</h2>
          <p>{copy.campaignDates(dates(scheme.opensOn), dates(scheme.closesOn))}</p>
          {scheme.amounts && (
            <>
              <h2 className="fr-h5">{copy.amounts}</h2>
              <p>{scheme.amounts}</p>
            </>
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h5">{copy.documents}</h2>
          <ul>
            {scheme.requiredDocuments.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
          <h2 className="fr-h5">{copy.apply}</h2>
          {scheme.applyUrl && (
            <p>
              <a href={scheme.applyUrl} target="_blank" rel="noopener noreferrer">
                {copy.applyLink}
              </a>
            </p>
          )}
          {scheme.responsibleService && (
            <p>
              {copy.service} : {scheme.responsibleService}
            </p>
          )}
        </div>
      </div>
      <h2 className="fr-h4">{copy.related}</h2>
      {scheme.articles.length === 0 ? (
        <p>{copy.noRelated}</p>
      ) : (
        <ul>
          {scheme.articles.map((article) => (
            <li key={article.slug}>
              <Link to={linkTo.knowledgeArticle(article.slug)}>{article.title}</Link>{' '}
              <Badge small noIcon>
                {knowledge.kinds[article.kind] ?? article.kind}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <h2 className="fr-h4">{copy.details}</h2>
      <RichText html={scheme.body} />
    </Page>
  );
}
