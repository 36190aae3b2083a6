import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { type RequestListFilter, toApiQuery } from '../inbox/inbox-filter';
import { requestKeys } from './request-keys';

export const requestListQueryOptions = (filter: RequestListFilter) =>
  queryOptions({
    queryKey: requestKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/requests', { params: { query: toApiQuery(filter) } })),
    placeholderData: keepPreviousData,
  });

export function useRequestList(filter: RequestListFilter) {
  return useQuery(requestListQueryOptions(filter));
}
