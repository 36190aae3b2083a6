import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { requestKeys } from './request-keys';

/** The frame's document ticket lasts ten minutes: a remount after nine asks for a new one. */
const TICKET_FRESH_MS = 9 * 60_000;

/**
 * A message's HTML with its remote images, fetched only once the agent asked for them, and the
 * URL of the document the frame loads (the one response whose policy lets remote images in).
 */
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
    staleTime: TICKET_FRESH_MS,
  });
}
