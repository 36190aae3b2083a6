import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

export interface EmailReplyInput {
  body: string;
}

export function useSendEmailReply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmailReplyInput) =>
      unwrap(api.POST('/api/requests/{id}/email-replies', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.detail(id) }),
  });
}
