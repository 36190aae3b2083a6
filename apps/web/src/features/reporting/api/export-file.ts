import { ApiError } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { ReportFilter } from '../filters/report-filter';
import { contactsQuery } from './report-query';

export type ExportKind = 'contacts.csv' | 'contacts.xlsx' | 'requests.csv' | 'requests.xlsx';

const PATHS = {
  'contacts.csv': '/api/reporting/exports/contacts.csv',
  'contacts.xlsx': '/api/reporting/exports/contacts.xlsx',
  'requests.csv': '/api/reporting/exports/requests.csv',
  'requests.xlsx': '/api/reporting/exports/requests.xlsx',
} as const satisfies Record<ExportKind, string>;

export interface ExportResponse {
  readonly body: ReadableStream<Uint8Array>;
  readonly headers: Headers;
}

/**
 * Starts an export through the authenticated client (bearer token, one refresh on a 401) and hands
 * back its body unread, so that the caller can show the progress and cancel with the signal.
 */
export async function fetchExport(
  kind: ExportKind,
  filter: ReportFilter,
  signal: AbortSignal,
): Promise<ExportResponse> {
  const { data, error, response } = await api.GET(PATHS[kind], {
    params: { query: contactsQuery(filter) },
    parseAs: 'stream',
    signal,
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  return { body: data, headers: response.headers };
}
