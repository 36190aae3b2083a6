import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { usersKeys } from './users-keys';

/** Grants or withdraws the knowledge base's content team (admins). */
export function useSetContentTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, contentTeam }: { id: string; contentTeam: boolean }) =>
      unwrap(
        api.PUT('/api/users/{id}/content-team', {
          params: { path: { id } },
          body: { contentTeam },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.list() }),
  });
}
