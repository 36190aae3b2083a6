import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PUBLISHED_SCHEMES_KEY } from '../components/scheme-select';
import type { components } from '../lib/api/schema.gen';

type SchemeSummary = components['schemas']['EntrySummaryDto'];

export const scheme = (
  slug: string,
  title: string,
  status: 'open' | 'upcoming' | 'closed',
): SchemeSummary => ({
  type: 'scheme',
  slug,
  title,
  theme: 'mobilite-emploi',
  status,
  audiences: [],
  tags: [],
  schemeSlug: null,
  antennaId: null,
  opensOn: null,
  closesOn: null,
  revision: 1,
  latestState: 'published',
  latestRevision: 1,
});

export const PUBLISHED_SCHEMES: readonly SchemeSummary[] = [
  scheme('aide-au-permis-de-conduire', 'Aide au permis de conduire', 'open'),
  scheme('pass-transport-apprentis', 'Pass transport des apprentis', 'closed'),
];

/** Renders a form that names schemes with the published list already loaded, as the app has it. */
export function renderWithSchemes(ui: ReactElement, schemes = PUBLISHED_SCHEMES) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  queryClient.setQueryData(PUBLISHED_SCHEMES_KEY, schemes);
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}
