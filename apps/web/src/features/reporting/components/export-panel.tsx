import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { reporting } from '../../../content/reporting';
import type { DownloadProgress } from '../../../lib/download';
import { formatBytes } from '../../../lib/format';
import type { ExportKind } from '../api/export-file';
import type { ExportState } from './use-export';

const BUTTONS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'contacts.csv', label: reporting.exports.contactsCsv },
  { kind: 'contacts.xlsx', label: reporting.exports.contactsXlsx },
  { kind: 'requests.csv', label: reporting.exports.requestsCsv },
  { kind: 'requests.xlsx', label: reporting.exports.requestsXlsx },
];

interface ExportPanelProps {
  readonly state: ExportState;
  readonly onStart: (kind: ExportKind) => void;
  readonly onCancel: () => void;
}

/** The row-level exports of the filtered period, with the download's progress and a cancel button. */
export function ExportPanel({ state, onStart, onCancel }: ExportPanelProps) {
  const running = state.phase === 'running';
  return (
    <section aria-labelledby="exports-title" className="fr-mt-4w">
      <h2 id="exports-title" className="fr-h5">
        {reporting.exports.title}
      </h2>
      <p className="fr-hint-text">{reporting.exports.hint}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        {BUTTONS.map(({ kind, label }) => (
          <li key={kind}>
            <Button
              priority="secondary"
              iconId="fr-icon-download-line"
              disabled={running}
              onClick={() => onStart(kind)}
            >
              {label}
            </Button>
          </li>
        ))}
      </ul>
      {running && (
        <div className="fr-mb-2w">
          <label htmlFor="export-progress" className="fr-label">
            {reporting.exports.progress}
          </label>
          <ExportProgress progress={state.progress} />
          {/* Not a live region: a screen reader would read every chunk; the end is announced below. */}
          <p className="fr-text--sm fr-mb-1w">
            {reporting.exports.received(
              formatBytes(state.progress.bytes),
              state.progress.records,
              state.progress.totalRecords,
            )}
          </p>
          <Button priority="tertiary" size="small" onClick={onCancel}>
            {reporting.exports.cancel}
          </Button>
        </div>
      )}
      <p role="status" className="fr-text--sm">
        {state.phase === 'done' && reporting.exports.done(state.fileName, state.records)}
        {state.phase === 'cancelled' && reporting.exports.cancelled}
      </p>
      <div role="alert">
        {state.phase === 'failed' && (
          <Alert severity="error" small description={reporting.exports.failed} />
        )}
      </div>
    </section>
  );
}

/** Rows when the server announced how many and they are counted, else bytes against the size, else busy. */
function ExportProgress({ progress }: { progress: DownloadProgress }) {
  if (progress.totalRecords !== null && progress.records !== null)
    return (
      <progress
        id="export-progress"
        max={Math.max(1, progress.totalRecords)}
        value={Math.min(progress.records, progress.totalRecords)}
      />
    );
  if (progress.totalBytes !== null)
    return <progress id="export-progress" max={progress.totalBytes} value={progress.bytes} />;
  return <progress id="export-progress" />;
}
