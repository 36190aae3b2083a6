import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requestPage } from '../../../content/requests';
import { formatDateTime } from '../../../lib/format';
import { useAddNote } from '../api/add-note';
import type { RequestDetail } from '../api/request-detail';

const noteSchema = z.object({
  body: z.string().trim().min(1, requestPage.noteRequired).max(10_000),
});
type NoteInput = z.infer<typeof noteSchema>;

interface NotesPanelProps {
  readonly requestId: string;
  readonly notes: RequestDetail['notes'];
  readonly authorName: (userId: string) => string;
  readonly onDone: (message: string) => void;
}

export function NotesPanel({ requestId, notes, authorName, onDone }: NotesPanelProps) {
  const addNote = useAddNote(requestId);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<NoteInput>({ resolver: zodResolver(noteSchema), defaultValues: { body: '' } });
  const submit = handleSubmit(({ body }) =>
    addNote.mutate(body, {
      onSuccess: () => {
        reset();
        onDone(requestPage.noteAdded);
      },
    }),
  );
  return (
    <section aria-labelledby="notes">
      <h2 id="notes" className="fr-h4">
        {requestPage.notes}
      </h2>
      {notes.length === 0 ? (
        <p>{requestPage.noNotes}</p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.id} className="fr-mb-1w">
              <p className="fr-text--xs fr-mb-0">
                {formatDateTime(note.createdAt)}
                {note.authorUserId ? ` — ${authorName(note.authorUserId)}` : ''}
              </p>
              <p className="fr-mb-0" style={{ whiteSpace: 'pre-wrap' }}>
                {note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Input
          label={requestPage.noteLabel}
          hintText={requestPage.noteHint}
          textArea
          state={errors.body ? 'error' : 'default'}
          stateRelatedMessage={errors.body?.message}
          nativeTextAreaProps={{
            ...register('body'),
            rows: 3,
            'aria-invalid': errors.body ? true : undefined,
          }}
        />
        <Button type="submit" priority="secondary" disabled={addNote.isPending}>
          {requestPage.addNote}
        </Button>
      </form>
    </section>
  );
}
