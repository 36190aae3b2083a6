import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { citizenKeys } from './citizen-keys';

export type Citizen = components['schemas']['CitizenDto'];

export const citizenQueryOptions = (id: string) =>
  queryOptions({
    queryKey: citizenKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/citizens/{id}', { params: { path: { id } } })),
  });

export function useCitizen(id: string) {
  return useQuery(citizenQueryOptions(id));
}
