import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { reporting } from '../../../content/reporting';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { ActivityReport } from './report-models';
import { reportQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** GET /api/reporting/activity: seconds per activity per antenna or agent. */
export function useActivityReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const { from, to, antennaId } = reportQuery(filter);
  const query = { from, to, groupBy: filter.activityGroup, ...(antennaId ? { antennaId } : {}) };
  return useQuery({
    queryKey: reportingKeys.report('activity', query),
    queryFn: () => unwrap(api.GET('/api/reporting/activity', { params: { query } })),
    select: (data): ActivityReport => ({
      activities: ACTIVITIES.map((key) => ({ key, label: reporting.activity.kinds[key] })),
      rows: data.rows.map((row) => {
        const key = filter.activityGroup === 'agent' ? row.key.agentUserId : row.key.antennaId;
        const seconds = Object.fromEntries(ACTIVITIES.map((kind) => [kind, row[kind] ?? 0]));
        return {
          key: key ?? '',
          label:
            filter.activityGroup === 'agent'
              ? (row.key.agentName ?? keyLabel('agent', key, names))
              : keyLabel('antenna', key, names),
          seconds,
          totalSeconds: Object.values(seconds).reduce((sum, value) => sum + value, 0),
        };
      }),
    }),
  });
}

const ACTIVITIES = ['phoneSeconds', 'visitSeconds', 'instructionSeconds'] as const;
