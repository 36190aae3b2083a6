import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type Attachment = components['schemas']['AttachmentDto'];

export const attachmentsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requestKeys.attachments(id),
    queryFn: () => unwrap(api.GET('/api/requests/{id}/attachments', { params: { path: { id } } })),
  });

export function useAttachments(id: string) {
  return useQuery(attachmentsQueryOptions(id));
}
