import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { session } from '../../../lib/api/session';
import { authKeys } from './auth-keys';
import { fetchCurrentUser } from './me';

export interface Credentials {
  email: string;
  password: string;
}

/** Signs in, keeps the tokens, then loads who the agent is before the first protected screen. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      const tokens = await unwrap(api.POST('/api/auth/login', { body: credentials }));
      session.store(tokens);
      const user = await fetchCurrentUser();
      queryClient.setQueryData(authKeys.me(), user);
      return user;
    },
  });
}
