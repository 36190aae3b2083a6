import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { deskKeys } from './desk-keys';

export type ChosenPresence = components['schemas']['PresenceDto']['presence'];

/** PUT /api/voice/presence; the routing may keep on_call/wrap_up, so the profile is read again. */
export function useSetPresence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presence: ChosenPresence) =>
      unwrap(api.PUT('/api/voice/presence', { body: { presence } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
}
