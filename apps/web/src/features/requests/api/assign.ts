import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

/** `null` assigns to the caller (POST assign-to-me); a user id to a colleague (supervisors). */
export function useAssign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string | null) =>
      unwrap(
        userId === null
          ? api.POST('/api/requests/{id}/assign-to-me', { params: { path: { id } } })
          : api.POST('/api/requests/{id}/assign', { params: { path: { id } }, body: { userId } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
