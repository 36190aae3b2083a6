import type { operations } from '../../../lib/api/schema.gen';
import type { ReportFilter } from '../filters/report-filter';

export type ContactsQuery = operations['ReportingController_contactsReport']['parameters']['query'];
export type PeriodQuery = operations['ReportingController_footfall']['parameters']['query'];
export type RequestsQuery = operations['ReportingController_requestsReport']['parameters']['query'];

/** The period and antenna every report takes (no empty parameter). */
export function periodQuery(filter: ReportFilter): PeriodQuery {
  return {
    from: filter.from,
    to: filter.to,
    ...(filter.antennaId ? { antennaId: filter.antennaId } : {}),
  };
}

/** The contacts' filters: period, antenna, channel, scheme and reason. */
export function contactsQuery(filter: ReportFilter): ContactsQuery {
  return {
    ...periodQuery(filter),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.aidSchemeSlug ? { scheme: filter.aidSchemeSlug } : {}),
    ...(filter.reasonCode ? { reason: filter.reasonCode } : {}),
  };
}

/** The requests' filters: requests carry no contact reason. */
export function requestsQuery(filter: ReportFilter): RequestsQuery {
  const { reason: _reason, ...query } = contactsQuery(filter);
  return query;
}

/** A row's value for one grouping dimension, as text (hours come as numbers); null when unset. */
export function keyOf(
  key: Readonly<Record<string, string | number | null>>,
  dimension: string,
): string | null {
  const value = key[dimension];
  return value === null || value === undefined ? null : String(value);
}
