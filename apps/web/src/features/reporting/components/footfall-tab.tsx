import { useMemo } from 'react';
import { Chart } from '../../../components/chart/chart';
import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import { useFootfallReport } from '../api/footfall-report';
import type { FootfallCell } from '../api/report-models';
import { heatmapOption } from '../charts/chart-options';
import type { ReportFilter } from '../filters/report-filter';
import { QueryState } from './query-state';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
}

const copy = reporting.footfall;
const OPENING_HOURS = [8, 18] as const;

interface AntennaVisits {
  readonly antenna: string;
  readonly byHour: ReadonlyMap<number, number>;
  readonly total: number;
}

/** Front-desk visits per antenna and hour of the day. */
export function FootfallTab({ filter, names }: TabProps) {
  const query = useFootfallReport(filter, names);
  return <QueryState query={query}>{(cells) => <FootfallView cells={cells} />}</QueryState>;
}

export function FootfallView({ cells }: { cells: readonly FootfallCell[] }) {
  const { antennas, hours } = useMemo(() => {
    const byAntenna = new Map<string, Map<number, number>>();
    for (const cell of cells) {
      const row = byAntenna.get(cell.antenna) ?? new Map<number, number>();
      row.set(cell.hour, (row.get(cell.hour) ?? 0) + cell.visits);
      byAntenna.set(cell.antenna, row);
    }
    // Opening hours always shown, so that two antennas or two months read on the same grid.
    const seen = cells.map((cell) => cell.hour);
    const first = Math.min(OPENING_HOURS[0], ...seen);
    const last = Math.max(OPENING_HOURS[1], ...seen);
    return {
      antennas: [...byAntenna].map(([antenna, byHour]): AntennaVisits => ({
        antenna,
        byHour,
        total: [...byHour.values()].reduce((sum, visits) => sum + visits, 0),
      })),
      hours:
        cells.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i),
    };
  }, [cells]);

  const option = useMemo(
    () =>
      heatmapOption({
        columns: hours.map(copy.hour),
        rows: antennas.map((row) => row.antenna),
        cells: antennas.flatMap((row, y) =>
          hours.map((hour, x) => [x, y, row.byHour.get(hour) ?? 0] as const),
        ),
      }),
    [antennas, hours],
  );

  const columns: TableColumn<AntennaVisits>[] = [
    {
      key: 'antenna',
      header: reporting.filters.antenna,
      value: (row) => row.antenna,
      rowHeader: true,
    },
    ...hours.map((hour): TableColumn<AntennaVisits> => ({
      key: `h${hour}`,
      header: copy.hour(hour),
      value: (row) => row.byHour.get(hour) ?? 0,
      numeric: true,
    })),
    { key: 'total', header: copy.total, value: (row) => row.total, numeric: true },
  ];

  return (
    <section aria-labelledby="footfall-title" className="fr-mb-4w">
      <h2 id="footfall-title" className="fr-h4">
        {copy.caption}
      </h2>
      {antennas.length === 0 ? (
        <p>{reporting.emptyVisits}</p>
      ) : (
        <>
          <Chart
            option={option}
            label={copy.chart}
            height={Math.max(200, antennas.length * 40 + 100)}
          />
          <SortableTable
            caption={copy.caption}
            columns={columns}
            rows={antennas}
            rowKey={(row) => row.antenna}
            initialSort={{ key: 'total', direction: 'descending' }}
          />
        </>
      )}
    </section>
  );
}
