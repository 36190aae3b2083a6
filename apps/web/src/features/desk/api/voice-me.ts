import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { deskKeys } from './desk-keys';

export type VoiceMe = components['schemas']['VoiceMeDto'];

/** The agent's telephony profile and presence as the routing has it (GET /api/voice/me). */
export const voiceMeQueryOptions = () =>
  queryOptions({
    queryKey: deskKeys.me(),
    queryFn: () => unwrap(api.GET('/api/voice/me')),
  });

export function useVoiceMe() {
  return useQuery(voiceMeQueryOptions());
}
