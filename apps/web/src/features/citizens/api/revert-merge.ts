import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

export function useRevertMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) =>
      unwrap(api.POST('/api/citizen-merges/{mergeId}/revert', { params: { path: { mergeId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}
