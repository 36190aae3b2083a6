import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/api-error';
import { quarantineKeys } from './quarantine-keys';

/** Shown as text, never rendered: the message may be hostile. */
const SHOWN_BYTES = 200_000;

async function fetchRawMail(id: string): Promise<{ text: string; truncated: boolean }> {
  const { data, error, response } = await api.GET('/api/mail-quarantine/{messageId}/raw', {
    params: { path: { messageId: id } },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw ApiError.from(response, error);
  const blob = data;
  const text = await blob.slice(0, SHOWN_BYTES).text();
  return { text, truncated: blob.size > SHOWN_BYTES };
}

export function useRawMail(id: string | null) {
  return useQuery({
    queryKey: quarantineKeys.raw(id ?? ''),
    queryFn: () => fetchRawMail(id ?? ''),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
