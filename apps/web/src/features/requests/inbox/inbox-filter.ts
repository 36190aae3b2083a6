import type { components, operations } from '../../../lib/api/schema.gen';

export type RequestStatus = components['schemas']['RequestDto']['status'];
export type Channel = components['schemas']['RequestDto']['channel'];
export type InboxTab = 'mine' | 'antenna' | 'unassigned' | 'due';
export type DueFilter = 'soon' | 'overdue';
type ApiQuery = NonNullable<operations['RequestsController_list']['parameters']['query']>;

export const INBOX_TABS: readonly InboxTab[] = ['mine', 'antenna', 'unassigned', 'due'];
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'new',
  'qualified',
  'in_progress',
  'waiting_citizen',
  'resolved',
  'closed',
];
export const CHANNELS: readonly Channel[] = ['phone', 'email', 'letter', 'visit', 'web'];
export const PAGE_SIZE = 20;

/** What the inbox shows: the state kept in the address bar, so that a view can be shared. */
export interface RequestListFilter {
  readonly tab: InboxTab;
  readonly statuses: readonly RequestStatus[];
  readonly channel?: Channel;
  readonly aidSchemeSlug?: string;
  readonly due?: DueFilter;
  readonly page: number;
}

export const DEFAULT_FILTER: RequestListFilter = { tab: 'mine', statuses: [], page: 1 };

// French parameter names: the address is what agents copy and share.
const KEYS = {
  tab: 'vue',
  statuses: 'statut',
  channel: 'canal',
  aidSchemeSlug: 'dispositif',
  due: 'echeance',
  page: 'page',
} as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Reads the filter from the query string; anything unknown falls back to the default. */
export function filterFromSearch(search: URLSearchParams): RequestListFilter {
  const statuses = (search.get(KEYS.statuses) ?? '')
    .split(',')
    .map((value) => oneOf(value, REQUEST_STATUSES))
    .filter((value): value is RequestStatus => value !== undefined);
  const page = Number.parseInt(search.get(KEYS.page) ?? '', 10);
  const slug = search.get(KEYS.aidSchemeSlug)?.trim();
  return {
    tab: oneOf(search.get(KEYS.tab), INBOX_TABS) ?? DEFAULT_FILTER.tab,
    statuses: [...new Set(statuses)],
    channel: oneOf(search.get(KEYS.channel), CHANNELS),
    aidSchemeSlug: slug ? slug : undefined,
    due: oneOf(search.get(KEYS.due), ['soon', 'overdue'] as const),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query string of a filter, without the defaults, so the shortest address names a view. */
export function searchFromFilter(filter: RequestListFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.tab !== DEFAULT_FILTER.tab) search.set(KEYS.tab, filter.tab);
  if (filter.statuses.length > 0) search.set(KEYS.statuses, filter.statuses.join(','));
  if (filter.channel) search.set(KEYS.channel, filter.channel);
  if (filter.aidSchemeSlug) search.set(KEYS.aidSchemeSlug, filter.aidSchemeSlug);
  if (filter.due) search.set(KEYS.due, filter.due);
  if (filter.page > 1) search.set(KEYS.page, String(filter.page));
  return search;
}

const SCOPE_OF: Record<InboxTab, ApiQuery['scope']> = {
  mine: 'mine',
  antenna: 'antenna',
  unassigned: 'unassigned',
  due: 'all-visible',
};

/** The API query of a filter: the "due" tab shows what is due soon or already late. */
export function toApiQuery(filter: RequestListFilter): ApiQuery {
  return {
    scope: SCOPE_OF[filter.tab],
    status: filter.statuses.length > 0 ? [...filter.statuses] : undefined,
    channel: filter.channel,
    aidSchemeSlug: filter.aidSchemeSlug,
    due: filter.due ?? (filter.tab === 'due' ? 'soon-or-overdue' : undefined),
    page: filter.page,
    pageSize: PAGE_SIZE,
  };
}
