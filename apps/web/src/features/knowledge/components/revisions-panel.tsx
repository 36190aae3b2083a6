import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Loading } from '../../../components/loading';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { formatDateTime } from '../../../lib/format';
import { useSessionUser } from '../../../lib/session-user';
import type { Family } from '../api/knowledge-keys';
import {
  useAddComment,
  useComments,
  useRevisionAction,
  useRevisionDiff,
  useRevisions,
} from '../api/revisions';
import { authorLabel } from './author-label';
import { RevisionDiff } from './revision-diff';
import { RevisionsTable } from './revisions-table';
import { WorkflowButtons } from './workflow-buttons';

interface RevisionsPanelProps {
  readonly family: Family;
  readonly slug: string;
  readonly latest: number;
}

/** The history of an entry: pick a revision to move through the workflow, or two to compare. */
export function RevisionsPanel({ family, slug, latest }: RevisionsPanelProps) {
  const user = useSessionUser();
  const revisions = useRevisions(family, slug);
  const [selected, setSelected] = useState<number | null>(null);
  const [compared, setCompared] = useState<readonly [number, number] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const action = useRevisionAction(family, slug);
  const current = selected ?? latest;
  const pair = compared ?? (latest > 1 ? ([latest - 1, latest] as const) : null);
  const diff = useRevisionDiff(family, slug, pair);
  if (revisions.isPending) return <Loading />;
  if (revisions.isError)
    return <Alert severity="error" small description={knowledge.editor.loadError} />;
  const revision = revisions.data.find((candidate) => candidate.number === current);
  const authorOf = (number: number): string => {
    const row = revisions.data.find((candidate) => candidate.number === number);
    return row ? authorLabel({ userId: row.authorUserId, name: row.authorName }, user.id) : '';
  };
  const rows = revisions.data.map((row) => ({
    number: row.number,
    state: row.state,
    createdAt: row.createdAt,
    changeNote: row.changeNote,
    authorName: row.authorUserId === null ? null : authorOf(row.number),
  }));
  return (
    <section aria-labelledby="revisions-title" className="fr-mt-6w">
      <h2 id="revisions-title" className="fr-h3">
        {knowledge.revisions.heading}
      </h2>
      <RevisionsTable
        revisions={rows}
        compared={pair}
        selected={current}
        onSelect={setSelected}
        onCompare={setCompared}
      />
      {revision && (
        <section aria-labelledby="workflow-title" className="fr-mt-3w">
          <h3 id="workflow-title" className="fr-h5">
            {knowledge.workflow.heading} — {knowledge.revisions.selected(revision.number)} (
            {knowledge.workflow.states[revision.state] ?? revision.state})
          </h3>
          <p role="status" className="fr-sr-only">
            {announcement}
          </p>
          {announcement && (
            <Alert severity="success" small className="fr-mb-2w" description={announcement} />
          )}
          <div role="alert">
            {action.isError && (
              <Alert
                severity="error"
                small
                className="fr-mb-2w"
                description={
                  action.error instanceof ApiError
                    ? action.error.message
                    : knowledge.workflow.failed
                }
              />
            )}
          </div>
          <WorkflowButtons
            key={revision.number}
            actions={revision.allowedActions}
            ownRevision={revision.authorUserId === user.id}
            pending={action.isPending}
            onAction={(request) =>
              action.mutate(
                { number: revision.number, request },
                {
                  onSuccess: () =>
                    setAnnouncement(knowledge.workflow.done[request.action](revision.number)),
                },
              )
            }
          />
          <Comments family={family} slug={slug} number={revision.number} />
        </section>
      )}
      {pair === null ? (
        <p className="fr-mt-3w">{knowledge.diff.pick}</p>
      ) : diff.isError ? (
        <Alert severity="error" small className="fr-mt-3w" description={knowledge.diff.loadError} />
      ) : diff.data ? (
        <RevisionDiff
          from={diff.data.from}
          to={diff.data.to}
          fields={diff.data.fields}
          authors={{ from: authorOf(diff.data.from), to: authorOf(diff.data.to) }}
        />
      ) : pair[0] === pair[1] ? (
        <RevisionDiff from={pair[0]} to={pair[1]} fields={[]} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function Comments({
  family,
  slug,
  number,
}: {
  readonly family: Family;
  readonly slug: string;
  readonly number: number;
}) {
  const comments = useComments(family, slug, number);
  const add = useAddComment(family, slug);
  const [text, setText] = useState('');
  const user = useSessionUser();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    add.mutate({ number, body: text.trim() }, { onSuccess: () => setText('') });
  };
  return (
    <section aria-labelledby="comments-title" className="fr-mt-3w">
      <h4 id="comments-title" className="fr-h6">
        {knowledge.comments.heading}
      </h4>
      {comments.data &&
        (comments.data.length === 0 ? (
          <p>{knowledge.comments.empty}</p>
        ) : (
          <ul>
            {comments.data.map((comment) => (
              <li key={comment.id}>
                <span className="fr-text--sm">
                  {authorLabel({ userId: comment.authorUserId, name: comment.authorName }, user.id)}
                  , {formatDateTime(comment.createdAt)} :
                </span>{' '}
                {comment.body}
              </li>
            ))}
          </ul>
        ))}
      <form onSubmit={submit}>
        <Input
          label={knowledge.comments.label}
          textArea
          nativeTextAreaProps={{
            rows: 2,
            value: text,
            onChange: (event) => setText(event.target.value),
          }}
        />
        <Button type="submit" priority="secondary" size="small" disabled={add.isPending}>
          {knowledge.comments.submit}
        </Button>
      </form>
      <div role="alert">
        {add.isError && <Alert severity="error" small description={knowledge.comments.failed} />}
      </div>
    </section>
  );
}
