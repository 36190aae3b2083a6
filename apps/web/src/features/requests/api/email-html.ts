import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

/** A message's HTML with its remote images, fetched only once the agent asked for them. */
export function useEmailHtmlWithImages(id: string, mailId: string, enabled: boolean) {
  return useQuery({
    queryKey: requestKeys.emailHtml(id, mailId, true),
    queryFn: () =>
      unwrap(
        api.GET('/api/requests/{id}/emails/{mailId}/html', {
          params: { path: { id, mailId }, query: { remoteImages: true } },
        }),
      ),
    enabled,
    staleTime: Infinity,
  });
}
