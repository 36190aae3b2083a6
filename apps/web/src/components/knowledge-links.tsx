import { Link } from 'react-router';
import type { components } from '../lib/api/schema.gen';
import { linkTo } from '../lib/paths';

type ArticleRef = components['schemas']['KnowledgeArticleRefDto'];

/** The knowledge articles a contact or a request names, each a link to its page. */
export function KnowledgeLinks({ articles }: { readonly articles: readonly ArticleRef[] }) {
  if (articles.length === 0) return <>—</>;
  return (
    <ul className="fr-raw-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link to={linkTo.knowledgeArticle(article.slug)}>{article.title}</Link>
        </li>
      ))}
    </ul>
  );
}
