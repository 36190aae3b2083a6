import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '../../../lib/api/client';
import { ROLES } from '../../../lib/roles';
import { authKeys } from './auth-keys';

/** GET /api/auth/me has no response schema in the contract yet: its body is checked here. */
const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  antennaId: z.string().nullable(),
  mobileTeam: z.boolean(),
  // The knowledge base's content team; older tokens do not carry it.
  contentTeam: z.boolean().default(false),
});

export type CurrentUser = z.infer<typeof currentUserSchema>;

export async function fetchCurrentUser(): Promise<CurrentUser> {
  return currentUserSchema.parse(await unwrap(api.GET('/api/auth/me')));
}

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: fetchCurrentUser,
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useCurrentUser(enabled: boolean) {
  return useQuery({ ...currentUserQueryOptions(), enabled });
}
