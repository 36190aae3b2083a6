import { liveBoard } from '../../../content/live-board';
import type { AntennaLive, LiveFigures } from '../api/live-board';
import { figuresCells, type FiguresCells } from './figures-cells';

interface AntennasTableProps {
  readonly rows: readonly AntennaLive[];
  /** Omitted when a single antenna is shown: its row is the total. */
  readonly totals?: LiveFigures;
  readonly caption: string;
}

const COLUMNS = Object.keys(liveBoard.columns) as (keyof FiguresCells)[];

function Row({ cells, total = false }: { cells: FiguresCells; total?: boolean }) {
  return (
    <tr className={total ? 'fr-text--bold' : undefined}>
      {COLUMNS.map((column) =>
        column === 'antenna' ? (
          <th key={column} scope="row">
            {cells.antenna}
          </th>
        ) : (
          <td key={column}>{cells[column]}</td>
        ),
      )}
    </tr>
  );
}

/** The board per antenna: a row header per antenna, a column header per figure, then the totals. */
export function AntennasTable({ rows, totals, caption }: AntennasTableProps) {
  return (
    <div className="fr-table fr-table--bordered">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {liveBoard.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.antennaId} cells={figuresCells(row.name, row)} />
          ))}
        </tbody>
        {totals && (
          <tfoot>
            <Row cells={figuresCells(liveBoard.totalRow, totals)} total />
          </tfoot>
        )}
      </table>
    </div>
  );
}
