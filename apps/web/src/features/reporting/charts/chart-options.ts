import type { ChartOption } from '../../../components/chart/chart-option';

/** DSFR colours (blue France first), distinct enough side by side; tables carry the exact figures. */
const PALETTE = ['#000091', '#e1000f', '#18753c', '#b34000', '#6a6af4', '#695240', '#009081'];
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
}

interface CategoryChart {
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  /** Stacked series add up to a total per category. */
  readonly stacked?: boolean;
  /** Bars grow to the right, for long category names (antennas, agents). */
  readonly horizontal?: boolean;
  readonly unit?: string;
}

const formatValue = (unit: string | undefined) => (value: unknown) =>
  `${number.format(Number(value))}${unit ? ` ${unit}` : ''}`;

function frame(series: readonly Series[]): Pick<ChartOption, 'color' | 'legend' | 'tooltip'> {
  return {
    color: PALETTE,
    legend: { show: series.length > 1, bottom: 0 },
    tooltip: { trigger: 'axis' },
  };
}

/** Bars by category (one bar or one stack per category and series). */
export function barOption({
  categories,
  series,
  stacked = false,
  horizontal = false,
  unit,
}: CategoryChart): ChartOption {
  const categoryAxis = { type: 'category' as const, data: [...categories] };
  const valueAxis = { type: 'value' as const, axisLabel: { formatter: formatValue(unit) } };
  return {
    ...frame(series),
    grid: { left: 8, right: 24, top: 16, bottom: series.length > 1 ? 48 : 24 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((entry) => ({
      type: 'bar' as const,
      name: entry.name,
      data: [...entry.values],
      stack: stacked ? 'total' : undefined,
      tooltip: { valueFormatter: formatValue(unit) },
    })),
  };
}

/** Lines over time, one per series. */
export function lineOption({ categories, series, unit }: CategoryChart): ChartOption {
  return {
    ...frame(series),
    grid: { left: 8, right: 24, top: 16, bottom: series.length > 1 ? 48 : 24 },
    xAxis: { type: 'category', data: [...categories], boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: formatValue(unit) } },
    series: series.map((entry) => ({
      type: 'line' as const,
      name: entry.name,
      data: [...entry.values],
      showSymbol: categories.length <= 31,
      tooltip: { valueFormatter: formatValue(unit) },
    })),
  };
}

interface HeatmapChart {
  readonly columns: readonly string[];
  readonly rows: readonly string[];
  /** [column index, row index, value] */
  readonly cells: readonly (readonly [number, number, number])[];
}

/** A grid of counts (antennas by hour), darker for more. */
export function heatmapOption({ columns, rows, cells }: HeatmapChart): ChartOption {
  const max = cells.reduce((highest, cell) => Math.max(highest, cell[2]), 0);
  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 16, bottom: 72 },
    xAxis: { type: 'category', data: [...columns], splitArea: { show: true } },
    yAxis: { type: 'category', data: [...rows], inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: Math.max(1, max),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f5f5fe', '#000091'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((cell) => [...cell]),
        label: { show: rows.length * columns.length <= 200 },
      },
    ],
  };
}
