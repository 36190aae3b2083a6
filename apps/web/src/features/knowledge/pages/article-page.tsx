import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PhrasingText } from '../../../components/phrasing-text';
import { RichText } from '../../../components/rich-text';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { formatDate } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import { type ArticleDetail, useArticle } from '../api/article';
import { useRecordUsage } from '../api/record-usage';

const copy = knowledge.article;

/** `/connaissances/articles/:slug`: an FAQ, an approved phrasing (copied in one click) or an antenna page. */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const article = useArticle(slug);
  if (article.isPending)
    return (
      <Page title={knowledge.kinds.faq ?? ''}>
        <Loading />
      </Page>
    );
  if (article.isError) {
    const missing = article.error instanceof ApiError && article.error.status === 404;
    return (
      <Page title={knowledge.kinds.faq ?? ''}>
        <Alert severity="error" small description={missing ? copy.notFound : copy.loadError} />
      </Page>
    );
  }
  return <ArticleView article={article.data} />;
}

function ArticleView({ article }: { readonly article: ArticleDetail }) {
  const user = useSessionUser();
  const recordUsage = useRecordUsage();
  return (
    <Page title={article.title}>
      <p>
        <Badge small noIcon>
          {knowledge.kinds[article.kind] ?? article.kind}
        </Badge>
        {article.publishedAt && (
          <span className="fr-text--sm fr-ml-2w">
            {knowledge.scheme.publishedOn(formatDate(article.publishedAt))}
          </span>
        )}
      </p>
      {article.schemeSlug && article.schemeName && (
        <p>
          {copy.scheme} :{' '}
          <Link to={linkTo.knowledgeScheme(article.schemeSlug)}>{article.schemeName}</Link>
        </p>
      )}
      {user.contentTeam && (
        <p>
          <Link
            className="fr-link fr-icon-edit-line fr-link--icon-left"
            to={linkTo.knowledgeEditor('article', article.slug)}
          >
            {copy.edit}
          </Link>
        </p>
      )}
      {article.kind === 'phrasing' ? (
        <PhrasingText html={article.body} onCopied={() => recordUsage.mutate(article.slug)} />
      ) : (
        <RichText html={article.body} />
      )}
    </Page>
  );
}
