import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type EmailRecipient = components['schemas']['EmailRecipientDto'];

/** Where a reply goes, and whether our mail to that address bounces. */
export function useEmailRecipient(id: string) {
  return useQuery({
    queryKey: requestKeys.emailRecipient(id),
    queryFn: () =>
      unwrap(api.GET('/api/requests/{id}/email-recipient', { params: { path: { id } } })),
  });
}
