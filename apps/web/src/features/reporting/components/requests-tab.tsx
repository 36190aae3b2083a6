import { useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import type { RequestsRow } from '../api/report-models';
import { useRequestsReport } from '../api/requests-report';
import { barOption } from '../charts/chart-options';
import type { ReportFilter } from '../filters/report-filter';
import { QueryState } from './query-state';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
}

const copy = reporting.requests;
const { number, percent } = reporting.format;

function slaShare(row: RequestsRow): number | null {
  const due = row.slaMet + row.slaMissed;
  return due === 0 ? null : row.slaMet / due;
}

function count(key: 'opened' | 'resolved' | 'backlog' | 'slaMet' | 'slaMissed') {
  return {
    key,
    header: copy.columns[key],
    value: (row: RequestsRow) => row[key],
    render: (row: RequestsRow) => number(row[key]),
    numeric: true,
  };
}

const COLUMNS: readonly TableColumn<RequestsRow>[] = [
  { key: 'key', header: copy.columns.antenna, value: (row) => row.label, rowHeader: true },
  count('opened'),
  count('resolved'),
  count('backlog'),
  count('slaMet'),
  count('slaMissed'),
  {
    key: 'slaShare',
    header: copy.columns.slaShare,
    value: slaShare,
    render: (row) => percent(slaShare(row)),
    numeric: true,
  },
];

/** Requests opened, resolved and still open per antenna, and how many met their due date. */
export function RequestsTab({ filter, names }: TabProps) {
  const query = useRequestsReport(filter, names);
  return <QueryState query={query}>{(rows) => <RequestsView rows={rows} />}</QueryState>;
}

export function RequestsView({ rows }: { rows: readonly RequestsRow[] }) {
  const option = useMemo(
    () =>
      barOption({
        categories: rows.map((row) => row.label),
        series: (['opened', 'resolved', 'backlog'] as const).map((key) => ({
          name: copy.columns[key],
          values: rows.map((row) => row[key]),
        })),
        horizontal: true,
      }),
    [rows],
  );
  return (
    <section aria-labelledby="requests-title" className="fr-mb-4w">
      <h2 id="requests-title" className="fr-h4">
        {copy.caption}
      </h2>
      {rows.length === 0 ? (
        <p>{reporting.empty}</p>
      ) : (
        <>
          <Chart option={option} label={copy.chart} height={Math.max(240, rows.length * 48)} />
          <SortableTable
            caption={copy.caption}
            columns={COLUMNS}
            rows={rows}
            rowKey={(row) => row.key}
            initialSort={{ key: 'opened', direction: 'descending' }}
          />
        </>
      )}
    </section>
  );
}
