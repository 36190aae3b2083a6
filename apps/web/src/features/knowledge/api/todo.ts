import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '../../../lib/api/client';
import { knowledgeKeys } from './knowledge-keys';

/** The content team's to-do: revisions to review, searches that found nothing, most used articles. */
export function useReviewQueue() {
  return useQuery({
    queryKey: knowledgeKeys.todo('review'),
    queryFn: () => unwrap(api.GET('/api/knowledge/review-queue')),
  });
}

export function useEmptySearches() {
  return useQuery({
    queryKey: knowledgeKeys.todo('empty-searches'),
    queryFn: () => unwrap(api.GET('/api/knowledge/empty-searches')),
  });
}

export function useMostUsed() {
  return useQuery({
    queryKey: knowledgeKeys.todo('usage'),
    queryFn: () => unwrap(api.GET('/api/knowledge/usage', { params: { query: { days: 30 } } })),
  });
}

/** A search that found nothing has been dealt with (content written, synonym added): off the list. */
export function useDismissEmptySearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrapEmpty(api.DELETE('/api/knowledge/empty-searches/{id}', { params: { path: { id } } })),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: knowledgeKeys.todo('empty-searches') }),
  });
}
