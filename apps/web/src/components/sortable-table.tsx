import { type ReactNode, useState } from 'react';
import { sortableTable } from '../content/common';

export type SortDirection = 'ascending' | 'descending';

/** One column: its header, the value it sorts by and, when the text is not that value, how it reads. */
export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly value: (row: Row) => string | number | null;
  readonly render?: (row: Row) => ReactNode;
  /** The column that names the row (a `th scope="row"`). */
  readonly rowHeader?: boolean;
  /** Figures read better aligned right. */
  readonly numeric?: boolean;
}

export interface SortState {
  readonly key: string;
  readonly direction: SortDirection;
}

interface SortableTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly initialSort?: SortState;
  /** A total row, kept last whatever the order. */
  readonly footer?: Row;
}

const collator = new Intl.Collator('fr-FR', { numeric: true, sensitivity: 'base' });

/** Orders rows by one column; empty values always last, ties keep their order. */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => string | number | null,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
    return sign * collator.compare(String(a), String(b));
  });
}

function Cells<Row>({ row, columns }: { row: Row; columns: readonly TableColumn<Row>[] }) {
  return columns.map((column) => {
    const content = column.render ? column.render(row) : column.value(row);
    const className = column.numeric ? 'fr-cell--right' : undefined;
    return column.rowHeader ? (
      <th key={column.key} scope="row" className={className}>
        {content}
      </th>
    ) : (
      <td key={column.key} className={className}>
        {content}
      </td>
    );
  });
}

/**
 * A DSFR table whose column headers sort it: a button in each header, `aria-sort` on the sorted one,
 * and the new order said in a polite live region (a click changes no focus).
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  footer,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sorted = columns.find((column) => column.key === sort?.key);
  const ordered = sort && sorted ? sortRows(rows, sorted.value, sort.direction) : rows;

  const toggle = (column: TableColumn<Row>) =>
    setSort((current) => ({
      key: column.key,
      direction:
        current?.key === column.key && current.direction === 'ascending'
          ? 'descending'
          : current?.key === column.key
            ? 'ascending'
            : column.numeric
              ? 'descending'
              : 'ascending',
    }));

  return (
    <div className="fr-table fr-table--bordered fr-table--no-caption-top">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={direction ?? 'none'}>
                  <button
                    type="button"
                    className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-p-0"
                    onClick={() => toggle(column)}
                  >
                    {column.header}
                    <span aria-hidden="true">
                      {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ⇅'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={rowKey(row)}>
              <Cells row={row} columns={columns} />
            </tr>
          ))}
        </tbody>
        {footer !== undefined && (
          <tfoot>
            <tr className="fr-text--bold">
              <Cells row={footer} columns={columns} />
            </tr>
          </tfoot>
        )}
      </table>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {sort && sorted ? sortableTable.sortedBy(sorted.header, sort.direction) : ''}
      </p>
    </div>
  );
}
