import Alert from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { linkTo } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import type { Family } from '../api/knowledge-keys';
import { type Revision, useRevision, useRevisions } from '../api/revisions';
import { useSaveEntry } from '../api/save-entry';
import { articleFieldsOf, fieldsOfRevision, schemeFieldsOf } from '../components/entry-fields';
import { EMPTY_ENTRY, EntryForm, type EntryFields } from '../components/entry-form';
import { RevisionsPanel } from '../components/revisions-panel';

const copy = knowledge.editor;

/** `/connaissances/nouveau`: a new scheme or article, saved as a first draft. */
export function NewEntryPage() {
  const user = useSessionUser();
  const navigate = useNavigate();
  const save = useSaveEntry();
  if (!user.contentTeam) return <Restricted title={copy.newTitle} />;
  const submit = (fields: EntryFields) => {
    const family: Family = fields.kind === 'scheme' ? 'scheme' : 'article';
    const slug = fields.slug.trim();
    save.mutate(
      family === 'scheme'
        ? { family, slug, existing: false, fields: schemeFieldsOf(fields, undefined) }
        : { family, slug, existing: false, fields: articleFieldsOf(fields, fields.kind) },
      { onSuccess: () => void navigate(linkTo.knowledgeEditor(family, slug)) },
    );
  };
  return (
    <Page title={copy.newTitle}>
      <SaveError error={save.error} />
      <EntryForm initial={EMPTY_ENTRY} existing={false} pending={save.isPending} onSave={submit} />
    </Page>
  );
}

/** `/connaissances/edition/:family/:slug`: new revisions, the workflow, comments and the diff. */
export function EditorPage() {
  const user = useSessionUser();
  const params = useParams();
  const family: Family = params.family === 'scheme' ? 'scheme' : 'article';
  const slug = params.slug ?? '';
  const revisions = useRevisions(family, slug);
  const latest = revisions.data?.[0]?.number ?? null;
  const revision = useRevision(family, slug, latest);
  if (!user.contentTeam) return <Restricted title={copy.editTitle(slug)} />;
  if (revisions.isError || revision.isError)
    return (
      <Page title={copy.editTitle(slug)}>
        <Alert severity="error" small description={copy.loadError} />
      </Page>
    );
  if (!revisions.data || !revision.data)
    return (
      <Page title={copy.editTitle(slug)}>
        <Loading />
      </Page>
    );
  return <Editor family={family} slug={slug} latest={revision.data} />;
}

function Editor({
  family,
  slug,
  latest,
}: {
  readonly family: Family;
  readonly slug: string;
  readonly latest: Revision;
}) {
  const save = useSaveEntry();
  const [saved, setSaved] = useState<number | null>(null);
  const initial = fieldsOfRevision(latest);
  const submit = (fields: EntryFields) => {
    setSaved(null);
    save.mutate(
      family === 'scheme'
        ? { family, slug, existing: true, fields: schemeFieldsOf(fields, latest.scheme) }
        : { family, slug, existing: true, fields: articleFieldsOf(fields, initial.kind) },
      { onSuccess: (revision) => setSaved(revision.number) },
    );
  };
  return (
    <Page title={copy.editTitle(latest.title)}>
      <div role="status">
        {saved !== null && (
          <Alert severity="success" small className="fr-mb-2w" description={copy.saved(saved)} />
        )}
      </div>
      <SaveError error={save.error} />
      <EntryForm
        key={latest.number}
        initial={initial}
        existing
        pending={save.isPending}
        onSave={submit}
      />
      <RevisionsPanel family={family} slug={slug} latest={latest.number} />
    </Page>
  );
}

function SaveError({ error }: { readonly error: Error | null }) {
  return (
    <div role="alert">
      {error && (
        <Alert
          severity="error"
          small
          className="fr-mb-2w"
          description={error instanceof ApiError ? error.message : copy.saveFailed}
        />
      )}
    </div>
  );
}

function Restricted({ title }: { readonly title: string }) {
  return (
    <Page title={title}>
      <Alert severity="info" small description={copy.restricted} />
    </Page>
  );
}
