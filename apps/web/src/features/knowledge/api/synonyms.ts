import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { knowledgeKeys } from './knowledge-keys';

/** The synonym list every search expands with. */
export function useSynonyms() {
  return useQuery({
    queryKey: knowledgeKeys.synonyms(),
    queryFn: () => unwrap(api.GET('/api/knowledge/synonyms')),
  });
}

/** Replaces the whole list (content team); searches use it at once. */
export function useSaveSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groups: string[][]) =>
      unwrap(api.PUT('/api/knowledge/synonyms', { body: { groups } })),
    onSuccess: (saved) => queryClient.setQueryData(knowledgeKeys.synonyms(), saved),
  });
}
