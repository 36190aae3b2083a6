import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';

export type NewRequest = components['schemas']['CreateRequestDto'];

/** POST /api/requests: the request born of the call, linked to its contact. */
export function createRequest(input: NewRequest) {
  return unwrap(api.POST('/api/requests', { body: input }));
}
