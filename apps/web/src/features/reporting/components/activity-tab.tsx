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
const { hours, percent } = reporting.format;

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

export function ActivityView({ report, group }: { report: ActivityReport; group: string }) {
  const option = useMemo(
    () =>
      barOption({
        categories: report.rows.map((row) => row.label),
        series: report.activities.map((activity) => ({
          name: activity.label,
          values: report.rows.map((row) => (row.seconds[activity.key] ?? 0) / 3600),
        })),
        stacked: true,
        horizontal: true,
        unit: 'h',
      }),
    [report],
  );
  const columns: TableColumn<ActivityRow>[] = [
    { key: 'key', header: group, value: (row) => row.label, rowHeader: true },
    ...report.activities.map((activity): TableColumn<ActivityRow> => ({
      key: activity.key,
      header: activity.label,
      value: (row) => row.seconds[activity.key] ?? 0,
      render: (row) => {
        const spent = row.seconds[activity.key] ?? 0;
        const share = row.totalSeconds === 0 ? null : spent / row.totalSeconds;
        return `${hours(spent)} (${percent(share)})`;
      },
      numeric: true,
    })),
    {
      key: 'total',
      header: reporting.contacts.total_,
      value: (row) => row.totalSeconds,
      render: (row) => hours(row.totalSeconds),
      numeric: true,
    },
  ];

  return (
    <section aria-labelledby="activity-title" className="fr-mb-4w">
      <h2 id="activity-title" className="fr-h4">
        {copy.caption(group)}
      </h2>
      {report.rows.length === 0 ? (
        <p>{reporting.empty}</p>
      ) : (
        <>
          <Chart
            option={option}
            label={copy.chart}
            height={Math.max(240, report.rows.length * 36)}
          />
          <SortableTable
            caption={copy.caption(group)}
            columns={columns}
            rows={report.rows}
            rowKey={(row) => row.key}
            initialSort={{ key: 'total', direction: 'descending' }}
          />
        </>
      )}
    </section>
  );
}
