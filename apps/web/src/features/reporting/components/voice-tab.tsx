import { useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { reporting } from '../../../content/reporting';
import type { VoiceReport } from '../api/report-models';
import { useVoiceReport } from '../api/voice-report';
import { barOption, lineOption } from '../charts/chart-options';
import { type ReportFilter, VOICE_GROUPS } from '../filters/report-filter';
import { KeyFigure } from './delta';
import { GroupSelect } from './group-select';
import { QueryState } from './query-state';
import { VoiceTable } from './voice-table';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
  readonly onChange: (filter: ReportFilter) => void;
}

const copy = reporting.voice;
const { number, percent, seconds } = reporting.format;

/** The numéro vert: headline figures, calls per antenna or day, and the fairness between antennas. */
export function VoiceTab({ filter, names, onChange }: TabProps) {
  const query = useVoiceReport(filter, names);
  return (
    <>
      <GroupSelect
        label={copy.group}
        value={filter.voiceGroup}
        choices={VOICE_GROUPS}
        labels={copy.groups}
        onChange={(next) => onChange({ ...filter, voiceGroup: next })}
      />
      <QueryState query={query}>
        {(report) => <VoiceView report={report} byDay={filter.voiceGroup === 'day'} />}
      </QueryState>
    </>
  );
}

export function VoiceView({ report, byDay }: { report: VoiceReport; byDay: boolean }) {
  const { totals } = report;
  const option = useMemo(() => {
    const categories = report.rows.map((row) => row.label);
    const series = [
      { name: copy.columns.answered, values: report.rows.map((row) => row.answered) },
      { name: copy.columns.abandoned, values: report.rows.map((row) => row.abandoned) },
    ];
    return byDay
      ? lineOption({ categories, series })
      : barOption({ categories, series, stacked: true, horizontal: true });
  }, [report, byDay]);
  const group = byDay ? copy.groups.day : copy.groups.antenna;

  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <KeyFigure
          label={copy.columns.offered}
          value={number(totals.offered)}
          current={totals.offered}
          previous={report.previous.total}
          hint={reporting.comparison.previous(report.previous.from, report.previous.to)}
        />
        <KeyFigure label={copy.serviceLevel} value={percent(totals.serviceLevel)} />
        <KeyFigure label={copy.columns.asa} value={seconds(totals.averageSpeedOfAnswerSeconds)} />
        <KeyFigure
          label={copy.jain}
          value={
            report.jainIndex === null
              ? reporting.none
              : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }).format(
                  report.jainIndex,
                )
          }
          hint={copy.jainHint}
        />
      </div>
      <section aria-labelledby="voice-calls" className="fr-mb-4w">
        <h2 id="voice-calls" className="fr-h4">
          {copy.caption(group)}
        </h2>
        {report.rows.length === 0 ? (
          <p>{reporting.emptyCalls}</p>
        ) : (
          <>
            <Chart option={option} label={copy.chart} />
            <VoiceTable
              caption={copy.caption(group)}
              keyHeader={byDay ? copy.columns.day : copy.columns.key}
              rows={report.rows}
              totals={totals}
              chronological={byDay}
            />
          </>
        )}
      </section>
    </>
  );
}
