import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { citizenKeys } from './citizen-keys';

export type CitizenMatch = components['schemas']['CitizenMatchDto'];

export const mergeCandidatesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: citizenKeys.candidates(id),
    queryFn: () =>
      unwrap(api.GET('/api/citizens/{id}/merge-candidates', { params: { path: { id } } })),
  });

export function useMergeCandidates(id: string, enabled: boolean) {
  return useQuery({ ...mergeCandidatesQueryOptions(id), enabled });
}
