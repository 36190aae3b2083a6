import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { FootfallCell } from './report-models';
import { keyOf, periodQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** GET /api/reporting/footfall: front-desk visits by antenna and hour of the day (Paris). */
export function useFootfallReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const query = periodQuery(filter);
  return useQuery({
    queryKey: reportingKeys.report('footfall', query),
    queryFn: () => unwrap(api.GET('/api/reporting/footfall', { params: { query } })),
    select: (data): FootfallCell[] =>
      data.rows.map((row) => ({
        antenna: keyLabel('antenna', keyOf(row.key, 'antenna'), names),
        hour: Number(keyOf(row.key, 'hour')),
        visits: row.contacts,
      })),
  });
}
