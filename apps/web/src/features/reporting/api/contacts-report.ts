import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { keyLabel } from '../components/key-labels';
import {
  type ContactDimension,
  type ReportFilter,
  TIME_STEPS,
  type TimeStep,
} from '../filters/report-filter';
import type { CountReport, ReportResult } from './report-models';
import { type ContactsQuery, contactsQuery, keyOf } from './report-query';
import { reportingKeys } from './reporting-keys';
import { timeline } from './timeline';

type GroupBy = ContactDimension | TimeStep;

function isTimeStep(groupBy: GroupBy): groupBy is TimeStep {
  return TIME_STEPS.some((step) => step === groupBy);
}

function contactsReportOptions(query: ContactsQuery) {
  return {
    queryKey: reportingKeys.report('contacts', query),
    queryFn: () => unwrap(api.GET('/api/reporting/contacts', { params: { query } })),
  };
}

/**
 * GET /api/reporting/contacts grouped by one key. The API compares totals with the previous period;
 * a breakdown (not a time series) also reads that period's rows, to compare each antenna, channel….
 */
export function useContactsReport(
  filter: ReportFilter,
  groupBy: GroupBy,
  names: ReadonlyMap<string, string>,
) {
  const query = { ...contactsQuery(filter), groupBy };
  const current = useQuery(contactsReportOptions(query));
  const period = current.data?.previous;
  const compareRows = !isTimeStep(groupBy);
  const previous = useQuery({
    ...contactsReportOptions({ ...query, from: period?.from ?? '', to: period?.to ?? '' }),
    enabled: compareRows && period !== undefined,
  });

  const report = (): CountReport | undefined => {
    const data = current.data;
    if (data === undefined) return undefined;
    const before = new Map(
      (previous.data?.rows ?? []).map((row) => [keyOf(row.key, groupBy) ?? '', row.contacts]),
    );
    const rows = data.rows.map((row) => {
      const key = keyOf(row.key, groupBy);
      return {
        key: key ?? '',
        label: keyLabel(groupBy, key, names),
        count: row.contacts,
        previous: previous.data ? (before.get(key ?? '') ?? 0) : null,
      };
    });
    const counts = new Map(rows.map((row) => [row.key, row.count]));
    return {
      rows: compareRows
        ? rows
        : timeline(groupBy, data.from, data.to).map((key) => ({
            key,
            label: keyLabel(groupBy, key, names),
            count: counts.get(key) ?? 0,
            previous: null,
          })),
      total: data.total,
      previous: { from: data.previous.from, to: data.previous.to, total: data.previous.total },
    };
  };
  // The rows wait for the comparison rather than gaining columns a moment later.
  const settled = !compareRows || previous.isSuccess || previous.isError;
  return {
    isPending: current.isPending || !settled,
    isError: current.isError,
    error: current.error,
    data: report(),
  } satisfies ReportResult<CountReport>;
}
