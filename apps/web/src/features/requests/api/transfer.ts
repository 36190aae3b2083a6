import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type TransferInput = components['schemas']['TransferDto'];

export function useTransfer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferInput) =>
      unwrap(api.POST('/api/requests/{id}/transfer', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
