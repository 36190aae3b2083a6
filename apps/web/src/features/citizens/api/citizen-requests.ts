import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { citizenKeys } from './citizen-keys';

const EVERY_STATUS = [
  'new',
  'qualified',
  'in_progress',
  'waiting_citizen',
  'resolved',
  'closed',
] as const;

/** The citizen's requests the caller may see, whatever their status (the request list, by citizen). */
export const citizenRequestsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: citizenKeys.requests(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/requests', {
          params: {
            query: {
              citizenId: id,
              scope: 'all-visible',
              status: [...EVERY_STATUS],
              pageSize: 100,
            },
          },
        }),
      ),
  });

export function useCitizenRequests(id: string) {
  return useQuery(citizenRequestsQueryOptions(id));
}
