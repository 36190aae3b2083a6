import { stream } from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Excel's limit is 1,048,576 rows a sheet: a larger export continues on the next sheet. */
const ROWS_PER_SHEET = 1_000_000;
const NUMBER = /^-?\d{1,15}$/;

interface EntryStream {
  readonly _writableState?: { readonly needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * The stream the zip archive reads a sheet from (a readable-stream PassThrough). exceljs writes
 * into it without heeding its backpressure, so when rows come faster than they deflate they pile
 * up there (over 300 MB for a million rows); waiting for its drain keeps the memory flat. Not in
 * exceljs's typed API: when absent, only the output's backpressure is heeded.
 */
function entryStreamOf(sheet: unknown): EntryStream | undefined {
  const entry = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    EntryStream | undefined;
  return typeof entry?.once === 'function' && entry._writableState ? entry : undefined;
}

/**
 * Writes rows into an XLSX streamed to `output` (the only file importing exceljs): rows are
 * committed as they come, without shared strings or styles, so memory stays flat; the writer
 * waits for the sheet's compressor and for `output` to drain between batches.
 */
export async function writeXlsx(
  output: Writable,
  headers: readonly string[],
  rows: AsyncIterable<(string | null)[]>,
  sheetName: string,
): Promise<number> {
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  let sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]).commit();
  let written = 0;
  let onSheet = 0;
  for await (const row of rows) {
    if (onSheet === ROWS_PER_SHEET) {
      sheet.commit();
      sheet = workbook.addWorksheet(`${sheetName} ${Math.floor(written / ROWS_PER_SHEET) + 1}`);
      sheet.addRow([...headers]).commit();
      onSheet = 0;
    }
    sheet
      .addRow(row.map((value) => (value !== null && NUMBER.test(value) ? Number(value) : value)))
      .commit();
    written += 1;
    onSheet += 1;
    if (written % 1000 === 0) {
      const entry = entryStreamOf(sheet);
      if (entry?._writableState?.needDrain)
        await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
      if (output.writableNeedDrain) await once(output, 'drain');
    }
  }
  sheet.commit();
  await workbook.commit();
  return written;
}
