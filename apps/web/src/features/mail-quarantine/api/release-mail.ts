import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { quarantineKeys } from './quarantine-keys';

export function useReleaseMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/mail-quarantine/{messageId}/release', {
          params: { path: { messageId: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarantineKeys.all }),
  });
}
