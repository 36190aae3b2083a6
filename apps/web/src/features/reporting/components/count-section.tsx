import { type ReactNode, useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import type { CountReport, CountRow } from '../api/report-models';
import { barOption, lineOption } from '../charts/chart-options';
import { changeRatio, Delta } from './delta';

interface CountSectionProps {
  readonly id: string;
  readonly title: string;
  /** The first column's header (Antenne, Canal, Jour…). */
  readonly keyHeader: string;
  readonly report: CountReport;
  readonly chart: 'bar' | 'line';
  /** Rows over time keep their order; other breakdowns open sorted by count. */
  readonly chronological?: boolean;
  /** Another view of the same rows (the antennas' map), between the chart and the table. */
  readonly alsoShown?: ReactNode;
}

const { columns: copy, total_: totalLabel } = reporting.contacts;
const format = reporting.format;

/** A count broken down by one key: the chart, then the same figures in a sortable table. */
export function CountSection({
  id,
  title,
  keyHeader,
  report,
  chart,
  chronological,
  alsoShown,
}: CountSectionProps) {
  const option = useMemo(() => {
    const series = [{ name: copy.contacts, values: report.rows.map((row) => row.count) }];
    const categories = report.rows.map((row) => row.label);
    return chart === 'line'
      ? lineOption({ categories, series })
      : barOption({ categories, series, horizontal: report.rows.length > 6 });
  }, [report, chart]);
  const hasPrevious = report.rows.some((row) => row.previous !== null);

  const columns: TableColumn<CountRow>[] = [
    {
      key: 'key',
      header: keyHeader,
      value: (row) => (chronological ? row.key : row.label),
      render: (row) => row.label,
      rowHeader: true,
    },
    {
      key: 'count',
      header: copy.contacts,
      value: (row) => row.count,
      render: (row) => format.number(row.count),
      numeric: true,
    },
    {
      key: 'share',
      header: copy.share,
      value: (row) => (report.total === 0 ? null : row.count / report.total),
      render: (row) => format.percent(report.total === 0 ? null : row.count / report.total),
      numeric: true,
    },
  ];
  if (hasPrevious) {
    columns.push(
      {
        key: 'previous',
        header: copy.previous,
        value: (row) => row.previous,
        render: (row) => (row.previous === null ? reporting.none : format.number(row.previous)),
        numeric: true,
      },
      {
        key: 'delta',
        header: copy.delta,
        value: (row) => (row.previous === null ? null : changeRatio(row.count, row.previous)),
        render: (row) =>
          row.previous === null ? (
            reporting.none
          ) : (
            <Delta current={row.count} previous={row.previous} />
          ),
      },
    );
  }

  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {report.rows.length === 0 ? (
        <p>{reporting.empty}</p>
      ) : (
        <>
          <Chart option={option} label={title} />
          {alsoShown}
          <SortableTable
            caption={title}
            columns={columns}
            rows={report.rows}
            rowKey={(row) => row.key}
            initialSort={chronological ? undefined : { key: 'count', direction: 'descending' }}
            footer={{
              key: '',
              label: totalLabel,
              count: report.total,
              previous: report.previous?.total ?? null,
            }}
          />
        </>
      )}
    </section>
  );
}
