import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { FootfallCell } from './report-models';
import { reportQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** Front-desk visits: contacts on the `visit` channel by antenna and hour of the day. */
export function useFootfallReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const query = { ...reportQuery(filter), channel: 'visit' as const, groupBy: 'antenna,hour' };
  return useQuery({
    queryKey: reportingKeys.report('footfall', query),
    queryFn: () => unwrap(api.GET('/api/reporting/contacts', { params: { query } })),
    select: (data): FootfallCell[] =>
      data.rows.map((row) => ({
        antenna: keyLabel('antenna', row.key.antennaId, names),
        hour: Number(row.key.hour),
        visits: row.contacts,
      })),
  });
}
