import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { ActivityReport } from './report-models';
import { keyOf, periodQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** GET /api/reporting/activity: phone, front desk and instruction time per antenna or agent. */
export function useActivityReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const group = filter.activityGroup;
  const query = { ...periodQuery(filter), groupBy: group };
  return useQuery({
    queryKey: reportingKeys.report('activity', query),
    queryFn: () => unwrap(api.GET('/api/reporting/activity', { params: { query } })),
    select: (data): ActivityReport => ({
      workingDays: data.workingDays,
      instructionNotice: data.instruction.measured ? null : data.instruction.reason,
      rows: data.rows.map((row) => {
        const key = keyOf(row.key, group);
        return {
          key: key ?? '',
          label: row.displayName ?? keyLabel(group, key, names),
          phoneStaffedSeconds: row.phoneStaffedSeconds,
          phoneTalkSeconds: row.phoneTalkSeconds,
          callsHandled: row.callsHandled,
          visits: row.visits,
          visitSeconds: row.visitSeconds,
          instructionSeconds: row.instructionSeconds,
          workingSeconds: row.workingSeconds,
          phoneShare: row.phoneShare,
          frontDeskShare: row.frontDeskShare,
          instructionShare: row.instructionShare,
        };
      }),
    }),
  });
}
