import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import { mailboxes } from '../../../content/mail';
import type { Mailbox } from '../api/mailboxes';

interface MailboxesTableProps {
  readonly list: readonly Mailbox[];
  readonly onEdit: (mailbox: Mailbox) => void;
}

export function MailboxesTable({ list, onEdit }: MailboxesTableProps) {
  const columns = mailboxes.columns;
  return (
    <div className="fr-table">
      <table>
        <caption>{mailboxes.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.address}</th>
            <th scope="col">{columns.scheme}</th>
            <th scope="col">{columns.imap}</th>
            <th scope="col">{columns.folders}</th>
            <th scope="col">{columns.password}</th>
            <th scope="col">{columns.state}</th>
            <th scope="col">{columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((mailbox) => (
            <tr key={mailbox.id}>
              <th scope="row">
                {mailbox.displayName}
                <br />
                <span className="fr-text--sm">{mailbox.address}</span>
              </th>
              <td>{mailbox.aidSchemeSlug ?? mailboxes.general}</td>
              <td>
                {mailbox.imapHost}:{mailbox.imapPort}
                {mailbox.imapTls ? ' (TLS)' : ''}
              </td>
              <td>
                {mailbox.folders.join(', ')} → {mailbox.processedFolder}
              </td>
              <td>
                <Badge small noIcon severity={mailbox.passwordConfigured ? 'success' : 'error'}>
                  {mailbox.passwordConfigured ? mailboxes.passwordSet : mailboxes.passwordMissing}
                </Badge>
                <br />
                <code>{mailbox.passwordEnv}</code>
              </td>
              <td>{mailbox.active ? mailboxes.active : mailboxes.inactive}</td>
              <td>
                <Button
                  size="small"
                  priority="secondary"
                  nativeButtonProps={{ 'aria-label': mailboxes.edit(mailbox.address) }}
                  onClick={() => onEdit(mailbox)}
                >
                  {mailboxes.editShort}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
