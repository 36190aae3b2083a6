import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { requestKeys } from './request-keys';

export type MailMessage = components['schemas']['MailMessageDto'];

/** Replies waiting for the worker: the thread polls until SMTP accepted or refused them. */
const SENDING_POLL_MS = 2_000;

export const requestEmailsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requestKeys.emails(id),
    queryFn: () => unwrap(api.GET('/api/requests/{id}/emails', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data?.some((message) => message.state === 'queued') ? SENDING_POLL_MS : false,
  });

export function useRequestEmails(id: string) {
  return useQuery(requestEmailsQueryOptions(id));
}
