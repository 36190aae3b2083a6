import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEmpty } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

export function useAnonymiseCitizen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(api.POST('/api/citizens/{id}/anonymise', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}
