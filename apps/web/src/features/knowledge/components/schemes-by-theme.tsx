import { Link } from 'react-router';
import { knowledge } from '../../../content/knowledge';
import { formatDate } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import { SchemeStatusBadge } from './scheme-status-badge';

export interface SchemeSummary {
  readonly slug: string;
  readonly title: string;
  readonly theme: string | null;
  readonly status: string | null;
  readonly opensOn: string | null;
  readonly closesOn: string | null;
}

function campaign(scheme: SchemeSummary): string {
  const copy = knowledge.browse;
  if (scheme.status === 'upcoming' && scheme.opensOn) return copy.opens(formatDate(scheme.opensOn));
  if (scheme.status === 'open' && scheme.closesOn) return copy.closes(formatDate(scheme.closesOn));
  if (scheme.status === 'closed' && scheme.closesOn)
    return copy.closed(formatDate(scheme.closesOn));
  return '';
}

/** The schemes grouped by theme (themes in alphabetical order of their label), open ones first. */
export function SchemesByTheme({ schemes }: { readonly schemes: readonly SchemeSummary[] }) {
  const order = ['open', 'upcoming', 'closed', 'archived'];
  const themes = [...new Set(schemes.map((scheme) => scheme.theme ?? ''))].sort((a, b) =>
    knowledge.themeLabel(a).localeCompare(knowledge.themeLabel(b), 'fr'),
  );
  return (
    <>
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`} className="fr-mb-4w">
          <h3 id={`theme-${theme}`} className="fr-h5">
            {knowledge.themeLabel(theme)}
          </h3>
          <ul className="fr-raw-list">
            {schemes
              .filter((scheme) => (scheme.theme ?? '') === theme)
              .sort(
                (a, b) =>
                  order.indexOf(a.status ?? '') - order.indexOf(b.status ?? '') ||
                  a.title.localeCompare(b.title, 'fr'),
              )
              .map((scheme) => (
                <li key={scheme.slug} className="fr-mb-2w">
                  <Link to={linkTo.knowledgeScheme(scheme.slug)}>{scheme.title}</Link>{' '}
                  {scheme.status && <SchemeStatusBadge status={scheme.status} />}{' '}
                  <span className="fr-text--sm">{campaign(scheme)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
