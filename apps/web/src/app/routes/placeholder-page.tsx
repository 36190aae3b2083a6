import Badge from '@codegouvfr/react-dsfr/Badge';
import { Page } from '../../components/page';
import { pageTitles, placeholderNotice, placeholders } from '../../content/navigation';
import type { SectionKey } from '../navigation';

/** A section whose screen is not built yet: its title, its h1 and what it will offer. */
export function PlaceholderPage({ section }: { readonly section: SectionKey }) {
  return (
    <Page title={pageTitles[section]}>
      <Badge severity="info" small>
        {placeholderNotice}
      </Badge>
      <p className="fr-mt-2w">{placeholders[section]}</p>
    </Page>
  );
}
