import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

export const citizenTimelineQueryOptions = (id: string) =>
  queryOptions({
    queryKey: citizenKeys.timeline(id),
    queryFn: () => unwrap(api.GET('/api/citizens/{id}/timeline', { params: { path: { id } } })),
  });

export function useCitizenTimeline(id: string) {
  return useQuery(citizenTimelineQueryOptions(id));
}
