import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { usersKeys } from './users-keys';

export type StaffAccount = components['schemas']['StaffMemberDto'];

export const usersQueryOptions = () =>
  queryOptions({ queryKey: usersKeys.list(), queryFn: () => unwrap(api.GET('/api/users')) });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
