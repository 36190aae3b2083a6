import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { attachmentFileName, saveFile } from '../../../lib/download';

export type CatalogueFormat = 'json' | 'yaml';

/** What is published, in the import format (`npm run kb:import` reads it back), saved as a file. */
export function useExportCatalogue() {
  return useMutation({
    mutationFn: async (format: CatalogueFormat) => {
      const pending = api.GET('/api/knowledge/export', {
        params: { query: { format } },
        parseAs: 'blob',
      });
      const blob = await unwrap(pending);
      const { response } = await pending;
      saveFile(
        blob,
        attachmentFileName(response.headers.get('content-disposition')) ?? `socle-commun.${format}`,
      );
    },
  });
}
