import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { usersKeys } from './users-keys';

export type StaffAccountChanges = components['schemas']['UpdateStaffMemberDto'];

/** Name, role and placement of an account (admins); its open sessions follow at once. */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffAccountChanges) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (account) => {
      queryClient.setQueryData(usersKeys.detail(id), account);
      return queryClient.invalidateQueries({ queryKey: usersKeys.list() });
    },
  });
}

/** Closes or reopens an account (admins). */
export function useSetUserActive(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      unwrap(api.PUT('/api/users/{id}/active', { params: { path: { id } }, body: { active } })),
    onSuccess: (account) => {
      queryClient.setQueryData(usersKeys.detail(id), account);
      return queryClient.invalidateQueries({ queryKey: usersKeys.list() });
    },
  });
}
