import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { callbacksKeys } from './callbacks-keys';

export type CallbackRequest = components['schemas']['RequestDto'];

/** GET /api/voice/callbacks: the antenna's promised callbacks, oldest due first. */
export const callbacksQueryOptions = () =>
  queryOptions({
    queryKey: callbacksKeys.list(),
    queryFn: () => unwrap(api.GET('/api/voice/callbacks')),
  });

export function useCallbacks() {
  return useQuery(callbacksQueryOptions());
}
