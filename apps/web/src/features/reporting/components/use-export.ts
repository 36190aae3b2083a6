import { useRef, useState } from 'react';
import {
  attachmentFileName,
  csvRecordCounter,
  type DownloadProgress,
  headerCount,
  readWithProgress,
  saveFile,
} from '../../../lib/download';
import { type ExportKind, fetchExport } from '../api/export-file';
import type { ReportFilter } from '../filters/report-filter';

export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly kind: ExportKind; readonly progress: DownloadProgress }
  | { readonly phase: 'done'; readonly fileName: string; readonly records: number | null }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed' };

const MEDIA_TYPES: Record<ExportKind, string> = {
  'contacts.csv': 'text/csv',
  'requests.csv': 'text/csv',
  'contacts.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'requests.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * One export at a time, read as it streams in: bytes (and CSV rows) received are reported as they
 * arrive, the download can be cancelled, and the file is handed to the browser once complete.
 */
export function useExport(filter: ReportFilter) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = async (kind: ExportKind) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const initial = { bytes: 0, totalBytes: null, records: null, totalRecords: null };
    setState({ phase: 'running', kind, progress: initial });
    try {
      const response = await fetchExport(kind, filter, abort.signal);
      let records: number | null = null;
      const chunks = await readWithProgress(response.body, {
        totalBytes: headerCount(response.headers, 'Content-Length'),
        totalRecords: headerCount(response.headers, 'X-Total-Count'),
        countRecords: kind.endsWith('.csv') ? csvRecordCounter() : undefined,
        onProgress: (progress) => {
          records = progress.records;
          setState({ phase: 'running', kind, progress });
        },
      });
      const fileName =
        attachmentFileName(response.headers.get('Content-Disposition')) ??
        `${kind.replace('.', `-${filter.from}-${filter.to}.`)}`;
      saveFile(new Blob(chunks, { type: MEDIA_TYPES[kind] }), fileName);
      setState({
        phase: 'done',
        fileName,
        records: records ?? headerCount(response.headers, 'X-Total-Count'),
      });
    } catch {
      setState(abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed' });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  return {
    state,
    start: (kind: ExportKind) => void start(kind),
    cancel: () => controller.current?.abort(),
  };
}
