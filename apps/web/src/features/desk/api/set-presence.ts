import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { deskKeys } from './desk-keys';
import type { VoiceMe } from './voice-me';

export type ChosenPresence = components['schemas']['PresenceDto']['presence'];

/** PUT /api/voice/presence; the routing may keep on_call/wrap_up, so the profile is read again. */
export function useSetPresence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presence: ChosenPresence) =>
      unwrap(api.PUT('/api/voice/presence', { body: { presence } })),
    // The radio the agent picked stays checked while the API answers.
    onMutate: async (presence) => {
      await queryClient.cancelQueries({ queryKey: deskKeys.me() });
      queryClient.setQueryData<VoiceMe>(deskKeys.me(), (me) => me && { ...me, presence });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
}
