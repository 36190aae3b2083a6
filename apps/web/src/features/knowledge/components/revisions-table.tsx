import Badge from '@codegouvfr/react-dsfr/Badge';
import { knowledge } from '../../../content/knowledge';
import { formatDateTime } from '../../../lib/format';

export interface RevisionRow {
  readonly number: number;
  readonly state: string;
  readonly authorName: string | null;
  readonly createdAt: string;
  readonly changeNote: string | null;
}

interface RevisionsTableProps {
  readonly revisions: readonly RevisionRow[];
  /** The two revisions compared (older first), or null. */
  readonly compared: readonly [number, number] | null;
  readonly selected: number;
  readonly onSelect: (revision: number) => void;
  readonly onCompare: (pair: readonly [number, number]) => void;
}

const copy = knowledge.revisions;
const STATE_SEVERITY: Record<string, 'success' | 'info' | 'warning' | undefined> = {
  published: 'success',
  in_review: 'info',
  draft: 'warning',
};

/**
 * Every revision of an entry, newest first. Two radio columns pick the pair to compare ("from", "to");
 * a button opens a revision in the workflow panel.
 */
export function RevisionsTable({
  revisions,
  compared,
  selected,
  onSelect,
  onCompare,
}: RevisionsTableProps) {
  const [from, to] = compared ?? [null, null];
  const pick = (side: 'from' | 'to', number: number) => {
    const pair: [number, number] =
      side === 'from' ? [number, to ?? number] : [from ?? number, number];
    onCompare(pair[0] <= pair[1] ? pair : [pair[1], pair[0]]);
  };
  return (
    <div className="fr-table fr-table--no-caption fr-mb-0">
      <table>
        <caption>{copy.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.columns.number}</th>
            <th scope="col">{copy.columns.state}</th>
            <th scope="col">{copy.columns.author}</th>
            <th scope="col">{copy.columns.date}</th>
            <th scope="col">{copy.columns.note}</th>
            <th scope="col">{copy.columns.compare}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr
              key={revision.number}
              aria-current={revision.number === selected ? 'true' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="fr-link"
                  aria-pressed={revision.number === selected}
                  aria-label={copy.select(revision.number)}
                  onClick={() => onSelect(revision.number)}
                >
                  {revision.number}
                </button>
              </th>
              <td>
                <Badge small noIcon severity={STATE_SEVERITY[revision.state]}>
                  {knowledge.workflow.states[revision.state] ?? revision.state}
                </Badge>
              </td>
              <td>{revision.authorName ?? copy.importAuthor}</td>
              <td>{formatDateTime(revision.createdAt)}</td>
              <td>{revision.changeNote ?? ''}</td>
              <td>
                <span className="fr-mr-2w">
                  <input
                    type="radio"
                    name="compare-from"
                    aria-label={copy.compareFrom(revision.number)}
                    checked={from === revision.number}
                    onChange={() => pick('from', revision.number)}
                  />
                  <span aria-hidden="true"> de</span>
                </span>
                <span>
                  <input
                    type="radio"
                    name="compare-to"
                    aria-label={copy.compareTo(revision.number)}
                    checked={to === revision.number}
                    onChange={() => pick('to', revision.number)}
                  />
                  <span aria-hidden="true"> à</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
