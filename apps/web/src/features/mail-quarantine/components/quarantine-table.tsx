import Button from '@codegouvfr/react-dsfr/Button';
import { quarantine } from '../../../content/mail';
import { formatBytes, formatDateTime } from '../../../lib/format';
import type { QuarantinedMail } from '../api/quarantine';

interface QuarantineTableProps {
  readonly messages: readonly QuarantinedMail[];
  readonly onViewRaw: (message: QuarantinedMail) => void;
  readonly onRelease: (message: QuarantinedMail) => void;
  readonly onDiscard: (message: QuarantinedMail) => void;
}

export function subjectOf(message: QuarantinedMail): string {
  return message.subject || quarantine.noSubject;
}

export function QuarantineTable({
  messages,
  onViewRaw,
  onRelease,
  onDiscard,
}: QuarantineTableProps) {
  return (
    <div className="fr-table">
      <table>
        <caption>{quarantine.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{quarantine.columns.date}</th>
            <th scope="col">{quarantine.columns.sender}</th>
            <th scope="col">{quarantine.columns.subject}</th>
            <th scope="col">{quarantine.columns.reason}</th>
            <th scope="col">{quarantine.columns.size}</th>
            <th scope="col">{quarantine.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id}>
              <td>{formatDateTime(message.sentAt ?? message.createdAt)}</td>
              <td>{message.fromAddress ?? quarantine.unknownSender}</td>
              <th scope="row">{subjectOf(message)}</th>
              <td>{message.reason}</td>
              <td>{message.rawSize === null ? '—' : formatBytes(message.rawSize)}</td>
              <td>
                <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                  <li>
                    <Button
                      size="small"
                      priority="tertiary"
                      nativeButtonProps={{ 'aria-label': quarantine.viewRaw(subjectOf(message)) }}
                      onClick={() => onViewRaw(message)}
                    >
                      {quarantine.viewRawShort}
                    </Button>
                  </li>
                  <li>
                    <Button
                      size="small"
                      priority="secondary"
                      nativeButtonProps={{ 'aria-label': quarantine.release(subjectOf(message)) }}
                      onClick={() => onRelease(message)}
                    >
                      {quarantine.releaseShort}
                    </Button>
                  </li>
                  <li>
                    <Button
                      size="small"
                      priority="tertiary"
                      nativeButtonProps={{ 'aria-label': quarantine.discard(subjectOf(message)) }}
                      onClick={() => onDiscard(message)}
                    >
                      {quarantine.discardShort}
                    </Button>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
