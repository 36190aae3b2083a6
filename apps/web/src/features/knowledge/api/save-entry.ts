import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { knowledgeKeys } from './knowledge-keys';

export type SchemeFields = components['schemas']['SchemeFieldsDto'];
export type ArticleFields = components['schemas']['ArticleFieldsDto'];

export type EntrySave =
  | {
      readonly family: 'scheme';
      readonly slug: string;
      readonly existing: boolean;
      readonly fields: SchemeFields;
    }
  | {
      readonly family: 'article';
      readonly slug: string;
      readonly existing: boolean;
      readonly fields: ArticleFields;
    };

/** Saves a new draft revision: creates the entry, or adds a revision to it. */
export function useSaveEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: EntrySave) => {
      if (save.family === 'scheme')
        return save.existing
          ? unwrap(
              api.PUT('/api/knowledge/schemes/{slug}', {
                params: { path: { slug: save.slug } },
                body: save.fields,
              }),
            )
          : unwrap(
              api.POST('/api/knowledge/schemes', { body: { ...save.fields, slug: save.slug } }),
            );
      return save.existing
        ? unwrap(
            api.PUT('/api/knowledge/articles/{slug}', {
              params: { path: { slug: save.slug } },
              body: save.fields,
            }),
          )
        : unwrap(
            api.POST('/api/knowledge/articles', { body: { ...save.fields, slug: save.slug } }),
          );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}
