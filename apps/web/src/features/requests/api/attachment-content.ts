import { api } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/api-error';

/** The bytes of an attachment, through the authenticated client, as a Blob for a preview or a download. */
export async function fetchAttachmentContent(
  requestId: string,
  attachmentId: string,
): Promise<Blob> {
  const { data, error, response } = await api.GET(
    '/api/requests/{id}/attachments/{attachmentId}/content',
    { params: { path: { id: requestId, attachmentId } }, parseAs: 'blob' },
  );
  if (!response.ok || data === undefined) throw ApiError.from(response, error);
  return data;
}
