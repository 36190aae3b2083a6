import { SortableTable, type TableColumn } from '../../../components/sortable-table';
import { reporting } from '../../../content/reporting';
import type { VoiceRow } from '../api/report-models';

const copy = reporting.voice.columns;
const { number, percent, seconds } = reporting.format;

type Count = 'offered' | 'answered' | 'answeredWithin20s' | 'abandoned' | 'callbacks';

function count(key: Count, header: string): TableColumn<VoiceRow> {
  return {
    key,
    header,
    value: (row) => row[key],
    render: (row) => number(row[key]),
    numeric: true,
  };
}

const COLUMNS: readonly TableColumn<VoiceRow>[] = [
  count('offered', copy.offered),
  count('answered', copy.answered),
  count('answeredWithin20s', copy.within20s),
  {
    key: 'serviceLevel',
    header: copy.serviceLevel,
    value: (row) => row.serviceLevel,
    render: (row) => percent(row.serviceLevel),
    numeric: true,
  },
  {
    key: 'asa',
    header: copy.asa,
    value: (row) => row.averageSpeedOfAnswerSeconds,
    render: (row) => seconds(row.averageSpeedOfAnswerSeconds),
    numeric: true,
  },
  count('abandoned', copy.abandoned),
  {
    key: 'abandonWait',
    header: copy.abandonWait,
    value: (row) => row.averageAbandonWaitSeconds,
    render: (row) => seconds(row.averageAbandonWaitSeconds),
    numeric: true,
  },
  count('callbacks', copy.callbacks),
  {
    key: 'overflow',
    header: copy.overflow,
    value: (row) => row.overflowRate,
    render: (row) => percent(row.overflowRate),
    numeric: true,
  },
  {
    key: 'ownShare',
    header: copy.ownShare,
    value: (row) => row.ownAntennaShare,
    render: (row) => percent(row.ownAntennaShare),
    numeric: true,
  },
  {
    key: 'perStaffedHour',
    header: copy.perStaffedHour,
    value: (row) => row.handledPerStaffedHour,
    render: (row) =>
      row.handledPerStaffedHour === null
        ? reporting.none
        : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(
            row.handledPerStaffedHour,
          ),
    numeric: true,
  },
];

interface VoiceTableProps {
  readonly caption: string;
  readonly keyHeader: string;
  readonly rows: readonly VoiceRow[];
  readonly totals: VoiceRow;
  readonly chronological: boolean;
}

/** Numéro vert figures per antenna or per day, with the totals of the period in the footer. */
export function VoiceTable({ caption, keyHeader, rows, totals, chronological }: VoiceTableProps) {
  return (
    <SortableTable
      caption={caption}
      columns={[
        {
          key: 'key',
          header: keyHeader,
          value: (row) => (chronological ? row.key : row.label),
          render: (row) => row.label,
          rowHeader: true,
        },
        ...COLUMNS,
      ]}
      rows={rows}
      rowKey={(row) => row.key}
      footer={totals}
    />
  );
}
