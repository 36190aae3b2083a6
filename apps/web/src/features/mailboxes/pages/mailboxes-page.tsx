import Alert from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { mailboxes } from '../../../content/mail';
import { pageTitles } from '../../../content/navigation';
import { type Mailbox, useMailboxes } from '../api/mailboxes';
import { MailboxForm } from '../components/mailbox-form';
import { MailboxesTable } from '../components/mailboxes-table';

/** /boites-mail: the admin's mailboxes, with one form to add a box or edit the chosen one. */
export function MailboxesPage() {
  const list = useMailboxes();
  const [editing, setEditing] = useState<Mailbox | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const edit = (mailbox: Mailbox) => {
    setEditing(mailbox);
    // The form is below the table: bring the agent (and the screen reader) to it.
    requestAnimationFrame(() => document.getElementById('formulaire-boite')?.scrollIntoView());
  };
  return (
    <Page title={pageTitles.mailboxes}>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {announcement}
      </p>
      <p>{mailboxes.intro}</p>
      {announcement && (
        <Alert severity="success" small description={announcement} className="fr-mb-2w" />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Alert severity="error" small description={mailboxes.loadError} />
      ) : list.data.length === 0 ? (
        <p>{mailboxes.empty}</p>
      ) : (
        <MailboxesTable list={list.data} onEdit={edit} />
      )}
      <div className="fr-mt-4w">
        <MailboxForm
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setAnnouncement(message);
          }}
        />
      </div>
    </Page>
  );
}
