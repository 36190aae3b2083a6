import Badge from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { knowledge } from '../../../content/knowledge';
import { linkTo } from '../../../lib/paths';
import { HighlightedSnippet } from './highlighted-snippet';

export interface SearchResult {
  readonly type: string;
  readonly slug: string;
  readonly title: string;
  readonly snippet: string;
}

export function resultLink(result: Pick<SearchResult, 'type' | 'slug'>): string {
  return result.type === 'scheme'
    ? linkTo.knowledgeScheme(result.slug)
    : linkTo.knowledgeArticle(result.slug);
}

/** Search results, best first: type, title (a link) and the highlighted snippet. */
export function SearchResults({ results }: { readonly results: readonly SearchResult[] }) {
  return (
    <ol className="fr-raw-list">
      {results.map((result) => (
        <li key={`${result.type}:${result.slug}`} className="fr-mb-3w">
          <Badge small noIcon>
            {knowledge.kinds[result.type] ?? result.type}
          </Badge>
          <p className="fr-text--lg fr-mb-1v fr-mt-1v">
            <Link to={resultLink(result)}>{result.title}</Link>
          </p>
          <p className="fr-text--sm fr-mb-0">
            <HighlightedSnippet snippet={result.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
