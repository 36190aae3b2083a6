import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { knowledgeKeys } from './knowledge-keys';

export type EntrySummary = components['schemas']['EntrySummaryDto'];

/** Every published scheme (a few dozen): the page filters by theme and status itself. */
export function useSchemes() {
  return useQuery({
    queryKey: knowledgeKeys.schemes(),
    queryFn: () => unwrap(api.GET('/api/knowledge/schemes')),
  });
}
