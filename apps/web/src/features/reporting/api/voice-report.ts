import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { reporting } from '../../../content/reporting';
import { keyLabel } from '../components/key-labels';
import type { ReportFilter } from '../filters/report-filter';
import type { VoiceReport, VoiceRow } from './report-models';
import { reportQuery } from './report-query';
import { reportingKeys } from './reporting-keys';

/** GET /api/reporting/voice per antenna or per day, with Jain's index across antennas. */
export function useVoiceReport(filter: ReportFilter, names: ReadonlyMap<string, string>) {
  const { from, to, antennaId } = reportQuery(filter);
  const query = { from, to, groupBy: filter.voiceGroup, ...(antennaId ? { antennaId } : {}) };
  return useQuery({
    queryKey: reportingKeys.report('voice', query),
    queryFn: () => unwrap(api.GET('/api/reporting/voice', { params: { query } })),
    select: (data): VoiceReport => {
      const rows: VoiceRow[] = data.rows.map((row) => {
        const key = filter.voiceGroup === 'day' ? row.key.day : row.key.antennaId;
        return { ...figures(row), key: key ?? '', label: keyLabel(filter.voiceGroup, key, names) };
      });
      return {
        rows,
        jainIndex: data.jainIndex ?? null,
        totals: { ...figures(data.totals), key: '', label: reporting.contacts.total_ },
        previousOffered: data.previous?.offered ?? null,
      };
    },
  });
}

interface VoiceFigures {
  offered: number;
  answered: number;
  answeredWithin20s: number;
  abandoned: number;
  callbacks: number;
  averageSpeedOfAnswerSeconds?: number | null;
  overflowRate?: number | null;
  ownAntennaShare?: number | null;
}

function figures(row: VoiceFigures): Omit<VoiceRow, 'key' | 'label'> {
  return {
    offered: row.offered,
    answered: row.answered,
    answeredWithin20s: row.answeredWithin20s,
    abandoned: row.abandoned,
    callbacks: row.callbacks,
    averageSpeedOfAnswerSeconds: row.averageSpeedOfAnswerSeconds ?? null,
    overflowRate: row.overflowRate ?? null,
    ownAntennaShare: row.ownAntennaShare ?? null,
  };
}
