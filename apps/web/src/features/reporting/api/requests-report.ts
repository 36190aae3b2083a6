import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { RequestsRow } from './report-models';
import { reportQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** Requests opened, resolved, still open and due-date adherence per antenna. */
export function useRequestsReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const query = { ...reportQuery(filter), groupBy: 'antenna' };
  return useQuery({
    queryKey: reportingKeys.report('requests', query),
    queryFn: () => unwrap(api.GET('/api/reporting/requests', { params: { query } })),
    select: (data): RequestsRow[] =>
      data.rows.map((row) => ({
        key: row.key.antennaId ?? '',
        label: keyLabel('antenna', row.key.antennaId, names),
        opened: row.opened,
        resolved: row.resolved,
        backlog: row.backlog,
        slaMet: row.slaMet,
        slaMissed: row.slaMissed,
      })),
  });
}
