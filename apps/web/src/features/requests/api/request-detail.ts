import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type RequestDetail = components['schemas']['RequestDetailDto'];
export type TransitionOption = components['schemas']['TransitionOptionDto'];

export const requestDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requestKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/requests/{id}', { params: { path: { id } } })),
  });

export function useRequestDetail(id: string) {
  return useQuery(requestDetailQueryOptions(id));
}
