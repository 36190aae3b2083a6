import Footer from '@codegouvfr/react-dsfr/Footer';
import Header, { type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import SkipLinks from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/loading';
import { common } from '../content/common';
import { search } from '../content/search';
import { paths } from '../lib/paths';

// react-dsfr names the header's <nav> `${id}-main-navigation`: the skip link targets it.
const HEADER_ID = 'en-tete';

const brandTop = (
  <>
    Région
    <br />
    Hauts-de-France
  </>
);

interface LayoutProps {
  readonly navigation?: HeaderProps['navigation'];
  readonly quickAccessItems?: HeaderProps['quickAccessItems'];
  /** The header's search box, for signed-in staff who may search. */
  readonly onSearch?: (text: string) => void;
}

/** The DSFR frame of every screen: skip links, header, one main landmark, footer. */
export function Layout({ navigation, quickAccessItems, onSearch }: LayoutProps) {
  return (
    <>
      <SkipLinks
        links={[
          { label: common.skipLinks.content, anchor: '#contenu' },
          ...(navigation
            ? [{ label: common.skipLinks.navigation, anchor: `#${HEADER_ID}-main-navigation` }]
            : []),
          { label: common.skipLinks.footer, anchor: '#pied-de-page' },
        ]}
      />
      <Header
        id={HEADER_ID}
        brandTop={brandTop}
        serviceTitle={common.serviceName}
        serviceTagline={common.serviceTagline}
        homeLinkProps={{ to: paths.home, title: common.homeTitle }}
        navigation={navigation}
        quickAccessItems={quickAccessItems}
        onSearchButtonClick={onSearch}
        renderSearchInput={
          onSearch
            ? ({ className, id, type }) => (
                <input
                  className={className}
                  id={id}
                  name="q"
                  type={type}
                  placeholder={search.headerPlaceholder}
                />
              )
            : undefined
        }
      />
      <main id="contenu" className="fr-container fr-my-4w" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={{ to: paths.home, title: common.homeTitle }}
        accessibility="non compliant"
        contentDescription={common.footerDescription}
      />
    </>
  );
}
