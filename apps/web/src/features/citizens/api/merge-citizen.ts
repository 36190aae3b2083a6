import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

/** Merges the duplicate into the citizen `id` (the record that stays). */
export function useMergeCitizen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: string) =>
      unwrap(
        api.POST('/api/citizens/{id}/merge', { params: { path: { id } }, body: { duplicateId } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}
