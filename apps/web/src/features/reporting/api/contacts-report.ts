import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ContactDimension, ReportFilter, TimeStep } from '../filters/report-filter';
import { keyLabel } from '../components/key-labels';
import type { CountReport } from './report-models';
import { reportQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

type GroupBy = ContactDimension | TimeStep;

/** The field of a row's key that each grouping fills. */
const KEY_FIELD = {
  antenna: 'antennaId',
  channel: 'channel',
  scheme: 'aidSchemeSlug',
  reason: 'reasonCode',
  outcome: 'outcome',
  day: 'day',
  week: 'week',
  month: 'month',
} as const satisfies Record<GroupBy, string>;

/** GET /api/reporting/contacts grouped by one key, with the previous period of the same length. */
export function useContactsReport(
  filter: ReportFilter,
  groupBy: GroupBy,
  names: ReadonlyMap<string, string>,
) {
  const query = { ...reportQuery(filter), groupBy };
  return useQuery({
    queryKey: reportingKeys.report('contacts', query),
    queryFn: () => unwrap(api.GET('/api/reporting/contacts', { params: { query } })),
    select: (data): CountReport => {
      const previous = new Map(
        (data.previous?.rows ?? []).map((row) => [
          String(row.key[KEY_FIELD[groupBy]] ?? ''),
          row.contacts,
        ]),
      );
      return {
        rows: data.rows.map((row) => {
          const key = row.key[KEY_FIELD[groupBy]] ?? null;
          return {
            key: key ?? '',
            label: keyLabel(groupBy, key, names),
            count: row.contacts,
            previous: data.previous ? (previous.get(key ?? '') ?? 0) : null,
          };
        }),
        total: data.total,
        previous: data.previous
          ? { from: data.previous.from, to: data.previous.to, total: data.previous.total }
          : null,
      };
    },
  });
}
