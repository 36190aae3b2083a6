import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { mailboxesKeys } from './mailboxes-keys';

export type Mailbox = components['schemas']['MailboxDto'];
export type MailboxInput = components['schemas']['CreateMailboxDto'];

export const mailboxesQueryOptions = () =>
  queryOptions({
    queryKey: mailboxesKeys.list(),
    queryFn: () => unwrap(api.GET('/api/mailboxes')),
  });

export function useMailboxes() {
  return useQuery(mailboxesQueryOptions());
}
