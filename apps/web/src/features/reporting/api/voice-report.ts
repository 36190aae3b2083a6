import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { reporting } from '../../../content/reporting';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { VoiceFigures, VoiceReport } from './report-models';
import { keyOf, periodQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

type Figures = components['schemas']['VoiceFiguresDto'] & { handledPerStaffedHour?: number | null };

function figures(row: Figures): VoiceFigures {
  return {
    offered: row.offered,
    answered: row.answered,
    answeredWithin20s: row.answeredWithin20s,
    serviceLevel: row.serviceLevel,
    abandoned: row.abandoned,
    averageAbandonWaitSeconds: row.averageAbandonWaitSeconds,
    callbacks: row.callbacks,
    averageSpeedOfAnswerSeconds: row.averageSpeedOfAnswerSeconds,
    overflowRate: row.overflowRate,
    ownAntennaShare: row.ownAntennaShare,
    handledPerStaffedHour: row.handledPerStaffedHour ?? null,
  };
}

/** GET /api/reporting/voice per antenna or per day, with Jain's index across antennas. */
export function useVoiceReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const group = filter.voiceGroup;
  const query = { ...periodQuery(filter), groupBy: group };
  return useQuery({
    queryKey: reportingKeys.report('voice', query),
    queryFn: () => unwrap(api.GET('/api/reporting/voice', { params: { query } })),
    select: (data): VoiceReport => ({
      rows: data.rows.map((row) => {
        const key = keyOf(row.key, group);
        return { ...figures(row), key: key ?? '', label: keyLabel(group, key, names) };
      }),
      jainIndex: data.jainIndex,
      totals: { ...figures(data.total), key: '', label: reporting.contacts.total_ },
      previous: { from: data.previous.from, to: data.previous.to, total: data.previous.offered },
    }),
  });
}
