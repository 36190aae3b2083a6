import type { components } from '../../../lib/api/schema.gen';

export type Channel = components['schemas']['CreateContactDto']['channel'];
export type ReasonCode = NonNullable<components['schemas']['CreateContactDto']['reasonCode']>;

export const REPORT_TABS = ['contacts', 'voice', 'activity', 'footfall', 'requests'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

export const CHANNELS: readonly Channel[] = ['phone', 'email', 'letter', 'visit', 'web'];
export const REASON_CODES: readonly ReasonCode[] = [
  'information',
  'application-help',
  'application-status',
  'missing-documents',
  'payment',
  'complaint',
  'technical-fault',
  'callback',
  'other',
];

/** What contacts are broken down by (one chart and its table), and the step of the chart over time. */
export const CONTACT_DIMENSIONS = ['antenna', 'channel', 'scheme', 'reason', 'outcome'] as const;
export type ContactDimension = (typeof CONTACT_DIMENSIONS)[number];
export const TIME_STEPS = ['day', 'week', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];
export const VOICE_GROUPS = ['antenna', 'day'] as const;
export type VoiceGroup = (typeof VOICE_GROUPS)[number];
export const ACTIVITY_GROUPS = ['antenna', 'agent'] as const;
export type ActivityGroup = (typeof ACTIVITY_GROUPS)[number];

/** The dashboard's state, all of it in the address bar so that a view can be shared and gone back to. */
export interface ReportFilter {
  readonly tab: ReportTab;
  /** Calendar days, both included (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly antennaId?: string;
  readonly channel?: Channel;
  readonly aidSchemeSlug?: string;
  readonly reasonCode?: ReasonCode;
  readonly dimension: ContactDimension;
  readonly step: TimeStep;
  readonly voiceGroup: VoiceGroup;
  readonly activityGroup: ActivityGroup;
}

// French parameter names and values: the address is what managers copy and share.
const KEYS = {
  tab: 'vue',
  from: 'du',
  to: 'au',
  antennaId: 'antenne',
  channel: 'canal',
  aidSchemeSlug: 'dispositif',
  reasonCode: 'motif',
  dimension: 'par',
  step: 'pas',
  voiceGroup: 'appels-par',
  activityGroup: 'activite-par',
} as const;

const TAB_SLUGS: Record<ReportTab, string> = {
  contacts: 'contacts',
  voice: 'numero-vert',
  activity: 'activite',
  footfall: 'frequentation',
  requests: 'demandes',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first and last day of a month given as YYYY-MM. */
export function monthPeriod(month: string): { from: string; to: string } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]);
  if (index < 1 || index > 12) return null;
  const lastDay = new Date(year, index, 0).getDate();
  return { from: `${match[1]}-${match[2]}-01`, to: `${match[1]}-${match[2]}-${pad(lastDay)}` };
}

/** The month a period covers exactly (YYYY-MM), or null for any other period. */
export function monthOf(from: string, to: string): string | null {
  const month = from.slice(0, 7);
  const period = monthPeriod(month);
  return period && period.from === from && period.to === to ? month : null;
}

/** The last months, newest first, as YYYY-MM: the choices of the month selector. */
export function recentMonths(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, back) => {
    const date = new Date(today.getFullYear(), today.getMonth() - back, 1);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  });
}

function isDay(value: string | null): value is string {
  if (value === null || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The filter a fresh dashboard opens with: contacts of the current month. */
export function defaultFilter(today: Date): ReportFilter {
  const period = monthPeriod(isoDay(today).slice(0, 7));
  return {
    tab: 'contacts',
    from: period?.from ?? isoDay(today),
    to: period?.to ?? isoDay(today),
    dimension: 'antenna',
    step: 'day',
    voiceGroup: 'antenna',
    activityGroup: 'antenna',
  };
}

/** Reads the filter from the query string; anything unknown or inconsistent falls back to the default. */
export function filterFromSearch(search: URLSearchParams, today: Date): ReportFilter {
  const fallback = defaultFilter(today);
  const from = search.get(KEYS.from);
  const to = search.get(KEYS.to);
  const period = isDay(from) && isDay(to) && from <= to ? { from, to } : fallback;
  const tab = REPORT_TABS.find((candidate) => TAB_SLUGS[candidate] === search.get(KEYS.tab));
  return {
    tab: tab ?? fallback.tab,
    from: period.from,
    to: period.to,
    antennaId: text(search.get(KEYS.antennaId)),
    channel: oneOf(search.get(KEYS.channel), CHANNELS),
    aidSchemeSlug: text(search.get(KEYS.aidSchemeSlug)),
    reasonCode: oneOf(search.get(KEYS.reasonCode), REASON_CODES),
    dimension: oneOf(search.get(KEYS.dimension), CONTACT_DIMENSIONS) ?? fallback.dimension,
    step: oneOf(search.get(KEYS.step), TIME_STEPS) ?? fallback.step,
    voiceGroup: oneOf(search.get(KEYS.voiceGroup), VOICE_GROUPS) ?? fallback.voiceGroup,
    activityGroup: oneOf(search.get(KEYS.activityGroup), ACTIVITY_GROUPS) ?? fallback.activityGroup,
  };
}

/** The query string of a filter: the period, then what differs from the defaults. */
export function searchFromFilter(filter: ReportFilter, today: Date): URLSearchParams {
  const fallback = defaultFilter(today);
  const search = new URLSearchParams();
  if (filter.tab !== fallback.tab) search.set(KEYS.tab, TAB_SLUGS[filter.tab]);
  // The period is always written: a shared address names the same days next month too.
  search.set(KEYS.from, filter.from);
  search.set(KEYS.to, filter.to);
  const optional = ['antennaId', 'channel', 'aidSchemeSlug', 'reasonCode'] as const;
  for (const key of optional) {
    const value = filter[key];
    if (value !== undefined) search.set(KEYS[key], value);
  }
  const grouped = ['dimension', 'step', 'voiceGroup', 'activityGroup'] as const;
  for (const key of grouped) {
    if (filter[key] !== fallback[key]) search.set(KEYS[key], filter[key]);
  }
  return search;
}
