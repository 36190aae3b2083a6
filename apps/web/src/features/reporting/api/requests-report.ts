import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { reporting } from '../../../content/reporting';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { RequestsFigures, RequestsReport } from './report-models';
import { keyOf, requestsQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

type Figures = Omit<components['schemas']['RequestsTotalDto'], 'backlog'> & {
  backlog?: number | null;
};

function figures(row: Figures): RequestsFigures {
  return {
    opened: row.opened,
    resolved: row.resolved,
    backlog: row.backlog ?? null,
    slaMet: row.slaMet,
    slaMissed: row.slaMissed,
    slaMetRate: row.slaMetRate,
    callbacksDue: row.callbacksDue,
    callbacksKept: row.callbacksKept,
    callbacksKeptRate: row.callbacksKeptRate,
  };
}

/** GET /api/reporting/requests per antenna: opened, resolved, backlog, due dates and callbacks kept. */
export function useRequestsReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const query = { ...requestsQuery(filter), groupBy: 'antenna' };
  return useQuery({
    queryKey: reportingKeys.report('requests', query),
    queryFn: () => unwrap(api.GET('/api/reporting/requests', { params: { query } })),
    select: (data): RequestsReport => ({
      rows: data.rows.map((row) => {
        const key = keyOf(row.key, 'antenna');
        return { ...figures(row), key: key ?? '', label: keyLabel('antenna', key, names) };
      }),
      totals: { ...figures(data.total), key: '', label: reporting.contacts.total_ },
      previous: { from: data.previous.from, to: data.previous.to, total: data.previous.opened },
    }),
  });
}
