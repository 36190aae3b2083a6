import { useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import type { RequestsReport, RequestsRow } from '../api/report-models';
import { useRequestsReport } from '../api/requests-report';
import { barOption } from '../charts/chart-options';
import type { ReportFilter } from '../filters/report-filter';
import { KeyFigure } from './delta';
import { QueryState } from './query-state';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
}

const copy = reporting.requests;
const { number, percent } = reporting.format;

type Count = 'opened' | 'resolved' | 'backlog' | 'slaMet' | 'slaMissed' | 'callbacksDue';
type Rate = 'slaMetRate' | 'callbacksKeptRate';

function count(key: Count): TableColumn<RequestsRow> {
  return {
    key,
    header: copy.columns[key],
    value: (row) => row[key],
    render: (row) => {
      const value = row[key];
      return value === null ? reporting.none : number(value);
    },
    numeric: true,
  };
}

function rate(key: Rate): TableColumn<RequestsRow> {
  return {
    key,
    header: copy.columns[key],
    value: (row) => row[key],
    render: (row) => percent(row[key]),
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
  rate('slaMetRate'),
  count('callbacksDue'),
  rate('callbacksKeptRate'),
];

/** Requests opened, resolved and still open per antenna, due dates met and callbacks kept. */
export function RequestsTab({ filter, names }: TabProps) {
  const query = useRequestsReport(filter, names);
  return <QueryState query={query}>{(report) => <RequestsView report={report} />}</QueryState>;
}

export function RequestsView({ report }: { report: RequestsReport }) {
  const { rows, totals, previous } = report;
  const option = useMemo(
    () =>
      barOption({
        categories: rows.map((row) => row.label),
        series: (['opened', 'resolved', 'backlog'] as const).map((key) => ({
          name: copy.columns[key],
          values: rows.map((row) => row[key] ?? 0),
        })),
        horizontal: true,
      }),
    [rows],
  );
  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <KeyFigure
          label={copy.opened}
          value={number(totals.opened)}
          current={totals.opened}
          previous={previous.total}
          hint={reporting.comparison.previous(previous.from, previous.to)}
        />
        <KeyFigure label={copy.slaMetRate} value={percent(totals.slaMetRate)} />
        <KeyFigure label={copy.callbacksKeptRate} value={percent(totals.callbacksKeptRate)} />
      </div>
      <section aria-labelledby="requests-title" className="fr-mb-4w">
        <h2 id="requests-title" className="fr-h4">
          {copy.caption}
        </h2>
        {rows.length === 0 ? (
          <p>{reporting.emptyRequests}</p>
        ) : (
          <>
            <Chart option={option} label={copy.chart} height={Math.max(240, rows.length * 56)} />
            <SortableTable
              caption={copy.caption}
              columns={COLUMNS}
              rows={rows}
              rowKey={(row) => row.key}
              initialSort={{ key: 'opened', direction: 'descending' }}
              footer={totals}
            />
          </>
        )}
      </section>
    </>
  );
}
