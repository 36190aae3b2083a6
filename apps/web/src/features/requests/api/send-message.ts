import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

export interface MessageInput {
  subject: string;
  body: string;
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MessageInput) =>
      unwrap(api.POST('/api/requests/{id}/messages', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.detail(id) }),
  });
}
