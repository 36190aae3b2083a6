import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

export const messagesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requestKeys.messages(id),
    queryFn: () => unwrap(api.GET('/api/requests/{id}/messages', { params: { path: { id } } })),
  });

export function useMessages(id: string) {
  return useQuery(messagesQueryOptions(id));
}
