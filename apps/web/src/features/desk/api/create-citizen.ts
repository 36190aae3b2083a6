import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';

export type NewCitizen = components['schemas']['CreateCitizenDto'];

/** POST /api/citizens: the caller's file, created from the screen pop. */
export function useCreateCitizen() {
  return useMutation({
    mutationFn: (input: NewCitizen) => unwrap(api.POST('/api/citizens', { body: input })),
  });
}
