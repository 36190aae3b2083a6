import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEmpty } from '../../../lib/api/client';
import { session } from '../../../lib/api/session';

/** Revokes the refresh token, then forgets the session and every cached answer, whatever the API said. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = session.refreshToken();
      if (refreshToken !== null) {
        await unwrapEmpty(api.POST('/api/auth/logout', { body: { refreshToken } }));
      }
    },
    onSettled: () => {
      session.clear();
      queryClient.clear();
    },
  });
}
