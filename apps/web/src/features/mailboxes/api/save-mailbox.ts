import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { MailboxInput } from './mailboxes';
import { mailboxesKeys } from './mailboxes-keys';

/** Creates a mailbox, or changes the one `existingId` names (its id never changes). */
export function useSaveMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ existingId, input }: { existingId: string | null; input: MailboxInput }) => {
      if (existingId === null) return unwrap(api.POST('/api/mailboxes', { body: input }));
      const { id: _id, ...changes } = input;
      return unwrap(
        api.PATCH('/api/mailboxes/{mailboxId}', {
          params: { path: { mailboxId: existingId } },
          body: changes,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailboxesKeys.all }),
  });
}
