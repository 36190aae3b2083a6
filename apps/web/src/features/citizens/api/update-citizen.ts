import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { citizenKeys } from './citizen-keys';

export type CitizenChanges = components['schemas']['UpdateCitizenDto'];

export function useUpdateCitizen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CitizenChanges) =>
      unwrap(api.PATCH('/api/citizens/{id}', { params: { path: { id } }, body })),
    onSuccess: (citizen) => {
      queryClient.setQueryData(citizenKeys.detail(id), citizen);
      return queryClient.invalidateQueries({ queryKey: citizenKeys.detail(id) });
    },
  });
}
