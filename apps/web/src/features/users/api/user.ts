import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { usersKeys } from './users-keys';

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: usersKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })),
  });

export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}
