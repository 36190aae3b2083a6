import type { RequestListFilter } from '../inbox/inbox-filter';

/** Query keys of the requests feature; mutations invalidate by prefix with `requestKeys.all`. */
export const requestKeys = {
  all: ['requests'] as const,
  lists: () => [...requestKeys.all, 'list'] as const,
  list: (filter: RequestListFilter) => [...requestKeys.lists(), filter] as const,
  detail: (id: string) => [...requestKeys.all, 'detail', id] as const,
  messages: (id: string) => [...requestKeys.detail(id), 'messages'] as const,
  emails: (id: string) => [...requestKeys.detail(id), 'emails'] as const,
  emailHtml: (id: string, mailId: string, remoteImages: boolean) =>
    [...requestKeys.emails(id), mailId, 'html', remoteImages] as const,
  emailRecipient: (id: string) => [...requestKeys.emails(id), 'recipient'] as const,
  attachments: (id: string) => [...requestKeys.detail(id), 'attachments'] as const,
  staff: (antennaId: string) => [...requestKeys.all, 'staff', antennaId] as const,
  antennas: () => [...requestKeys.all, 'antennas'] as const,
};
