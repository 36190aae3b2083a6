import { useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import { useActivityReport } from '../api/activity-report';
import type { ActivityReport, ActivityRow } from '../api/report-models';
import { barOption } from '../charts/chart-options';
import { ACTIVITY_GROUPS, type ReportFilter } from '../filters/report-filter';
import { GroupSelect } from './group-select';
import { QueryState } from './query-state';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
  readonly onChange: (filter: ReportFilter) => void;
}

const copy = reporting.activity;
const { hours, percent, number } = reporting.format;
const HOUR = 3600;

/** Time per activity (phone, front desk, instruction) per antenna or agent. */
export function ActivityTab({ filter, names, onChange }: TabProps) {
  const query = useActivityReport(filter, names);
  return (
    <>
      <GroupSelect
        label={copy.group}
        value={filter.activityGroup}
        choices={ACTIVITY_GROUPS}
        labels={copy.groups}
        onChange={(next) => onChange({ ...filter, activityGroup: next })}
      />
      <QueryState query={query}>
        {(report) => <ActivityView report={report} group={copy.groups[filter.activityGroup]} />}
      </QueryState>
    </>
  );
}

function timeWithShare(seconds: number | null, share: number | null): string {
  return seconds === null ? reporting.none : copy.share(hours(seconds), percent(share));
}

const COLUMNS: readonly TableColumn<ActivityRow>[] = [
  {
    key: 'phone',
    header: copy.columns.phone,
    value: (row) => row.phoneStaffedSeconds,
    render: (row) => timeWithShare(row.phoneStaffedSeconds, row.phoneShare),
    numeric: true,
  },
  {
    key: 'talk',
    header: copy.columns.talk,
    value: (row) => row.phoneTalkSeconds,
    render: (row) => hours(row.phoneTalkSeconds),
    numeric: true,
  },
  {
    key: 'calls',
    header: copy.columns.calls,
    value: (row) => row.callsHandled,
    render: (row) => number(row.callsHandled),
    numeric: true,
  },
  {
    key: 'visits',
    header: copy.columns.visits,
    value: (row) => row.visits,
    render: (row) => number(row.visits),
    numeric: true,
  },
  {
    key: 'frontDesk',
    header: copy.columns.frontDesk,
    value: (row) => row.visitSeconds,
    render: (row) => timeWithShare(row.visitSeconds, row.frontDeskShare),
    numeric: true,
  },
  {
    key: 'instruction',
    header: copy.columns.instruction,
    value: (row) => row.instructionSeconds,
    render: (row) => timeWithShare(row.instructionSeconds, row.instructionShare),
    numeric: true,
  },
  {
    key: 'working',
    header: copy.columns.working,
    value: (row) => row.workingSeconds,
    render: (row) => hours(row.workingSeconds),
    numeric: true,
  },
];

export function ActivityView({ report, group }: { report: ActivityReport; group: string }) {
  const option = useMemo(
    () =>
      barOption({
        categories: report.rows.map((row) => row.label),
        series: [
          {
            name: copy.columns.phone,
            values: report.rows.map((row) => row.phoneStaffedSeconds / HOUR),
          },
          {
            name: copy.columns.frontDesk,
            values: report.rows.map((row) => row.visitSeconds / HOUR),
          },
          ...(report.instructionNotice === null
            ? [
                {
                  name: copy.columns.instruction,
                  values: report.rows.map((row) => (row.instructionSeconds ?? 0) / HOUR),
                },
              ]
            : []),
        ],
        stacked: true,
        horizontal: true,
        unit: 'h',
      }),
    [report],
  );

  return (
    <section aria-labelledby="activity-title" className="fr-mb-4w">
      <h2 id="activity-title" className="fr-h4">
        {copy.caption(group)}
      </h2>
      <p className="fr-hint-text">{copy.workingDays(report.workingDays)}</p>
      {report.instructionNotice !== null && (
        <p className="fr-hint-text">{copy.instructionNotMeasured(report.instructionNotice)}</p>
      )}
      {report.rows.length === 0 ? (
        <p>{reporting.emptyActivity}</p>
      ) : (
        <>
          <Chart
            option={option}
            label={copy.chart}
            height={Math.max(240, report.rows.length * 36 + 80)}
          />
          <SortableTable
            caption={copy.caption(group)}
            columns={[
              { key: 'key', header: group, value: (row) => row.label, rowHeader: true },
              ...COLUMNS,
            ]}
            rows={report.rows}
            rowKey={(row) => row.key}
            initialSort={{ key: 'working', direction: 'descending' }}
          />
        </>
      )}
    </section>
  );
}
