import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** RGPD export: the JSON the API assembles, saved by the browser as a file. */
export function useExportCitizen(id: string) {
  return useMutation({
    mutationFn: async () => {
      const body = await unwrap(api.GET('/api/citizens/{id}/export', { params: { path: { id } } }));
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `usager-${id}-export-rgpd.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
