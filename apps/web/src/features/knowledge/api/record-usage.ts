import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Records that an agent copied an article's phrasing (the content team's "most used"). */
export function useRecordUsage() {
  return useMutation({
    mutationFn: (articleSlug: string) =>
      unwrap(api.POST('/api/knowledge/usage', { body: { articleSlug, action: 'copied' } })),
  });
}
