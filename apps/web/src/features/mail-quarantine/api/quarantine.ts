import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { quarantineKeys } from './quarantine-keys';

export type QuarantinedMail = components['schemas']['MailMessageDto'];

export const quarantineQueryOptions = () =>
  queryOptions({
    queryKey: quarantineKeys.list(),
    queryFn: () => unwrap(api.GET('/api/mail-quarantine')),
  });

export function useQuarantine() {
  return useQuery(quarantineQueryOptions());
}
