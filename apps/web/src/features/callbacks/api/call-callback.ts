import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { callbacksKeys } from './callbacks-keys';

/** POST /api/voice/callbacks/{requestId}/call: the agent's device rings, then the citizen is dialled. */
export function useCallCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) =>
      unwrap(
        api.POST('/api/voice/callbacks/{requestId}/call', {
          params: { path: { requestId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callbacksKeys.all }),
  });
}
