import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { knowledgeKeys } from './knowledge-keys';

export type Handover = components['schemas']['HandoverDto'];
export type HandoverItem = components['schemas']['HandoverItemDto'];
export type HandoverReader = components['schemas']['HandoverReaderDto'];

/** The hand-overs, newest first, with the caller's read confirmation. */
export function useHandovers() {
  return useQuery({
    queryKey: knowledgeKeys.handover(),
    queryFn: () => unwrap(api.GET('/api/knowledge/handovers')),
  });
}

/** One hand-over (the weekly email links to it). */
export function useHandover(handoverId: string) {
  return useQuery({
    queryKey: [...knowledgeKeys.handover(), handoverId],
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/handovers/{handoverId}', { params: { path: { handoverId } } }),
      ),
  });
}

/** What the next hand-over lists so far (published since the last one). */
export function useUpcomingHandover() {
  return useQuery({
    queryKey: [...knowledgeKeys.handover(), 'upcoming'],
    queryFn: () => unwrap(api.GET('/api/knowledge/handovers/upcoming')),
  });
}

export function useMarkHandoverRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (handoverId: string) =>
      unwrap(
        api.POST('/api/knowledge/handovers/{handoverId}/read', {
          params: { path: { handoverId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

/** Who has read a hand-over (antenna managers: their antennas; managers: everyone). */
export function useHandoverReaders(handoverId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: knowledgeKeys.readers(handoverId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/handovers/{handoverId}/readers', {
          params: { path: { handoverId: handoverId ?? '' } },
        }),
      ),
    enabled: enabled && handoverId !== null,
  });
}
