import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import { useId, useState } from 'react';
import { deliveryLabels, emailThread } from '../../../content/mail';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useEmailHtmlWithImages } from '../api/email-html';
import type { MailMessage } from '../api/request-emails';
import { EmailHtmlFrame, hasQuotedHtml } from './email-html-frame';

interface EmailMessageProps {
  readonly requestId: string;
  readonly message: MailMessage;
  readonly onDone: (announcement: string) => void;
}

const severity = { queued: 'info', sent: 'success', failed: 'error' } as const;

/** One message of the thread: who, when, what, and for our replies how far delivery got. */
export function EmailMessage({ requestId, message, onDone }: EmailMessageProps) {
  const [quotedOpen, setQuotedOpen] = useState(false);
  const [wantsImages, setWantsImages] = useState(false);
  const withImages = useEmailHtmlWithImages(requestId, message.id, wantsImages);
  const quotedId = useId();
  const inbound = message.direction === 'inbound';
  const sender = message.fromName
    ? `${message.fromName} <${message.fromAddress ?? ''}>`
    : (message.fromAddress ?? emailThread.unknownSender);
  const subject = message.subject || emailThread.noSubject;
  const html = withImages.data?.html ?? message.html;
  const foldable = message.quotedText !== '' || hasQuotedHtml(message.html);
  const state = inbound ? undefined : deliveryLabels[message.state];
  const showImages = () => {
    setWantsImages(true);
    onDone(emailThread.imagesShown);
  };

  return (
    <article
      className="fr-mb-3w fr-p-2w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <header>
        {/* A div: DSFR badges are paragraphs. */}
        <div className="fr-text--xs fr-mb-1v">
          <Badge small noIcon severity={inbound ? 'new' : 'info'}>
            {inbound ? emailThread.received : emailThread.sent}
          </Badge>{' '}
          <time dateTime={message.sentAt ?? message.createdAt}>
            {formatDateTime(message.sentAt ?? message.createdAt)}
          </time>{' '}
          {state && (
            <Badge small noIcon severity={severity[message.state as keyof typeof severity]}>
              {state}
            </Badge>
          )}
        </div>
        <h3 className="fr-text--md fr-text--bold fr-mb-0">{subject}</h3>
        <p className="fr-text--sm fr-mb-1w">
          {emailThread.from(sender)} · {emailThread.to(message.toAddresses.join(', '))}
        </p>
      </header>
      {message.state === 'failed' && (
        <p className="fr-error-text fr-mt-0">
          {emailThread.failure(message.reason ?? '')} ({emailThread.attempts(message.attempts)})
        </p>
      )}
      {html ? (
        <>
          <EmailHtmlFrame
            html={html}
            title={emailThread.htmlFrame(subject)}
            quotedFolded={!quotedOpen}
            documentUrl={withImages.data?.documentUrl}
          />
          {inbound && !wantsImages && (
            <p className="fr-text--xs fr-mt-1w fr-mb-0">
              <Button size="small" priority="tertiary" onClick={showImages}>
                {emailThread.showImages}
              </Button>{' '}
              {emailThread.imagesHint}
            </p>
          )}
        </>
      ) : (
        <p style={{ whiteSpace: 'pre-wrap' }}>{message.latestText}</p>
      )}
      {foldable && (
        <>
          <Button
            size="small"
            priority="tertiary no outline"
            aria-expanded={quotedOpen}
            aria-controls={html ? undefined : quotedId}
            onClick={() => setQuotedOpen((open) => !open)}
          >
            {quotedOpen ? emailThread.hideQuoted : emailThread.showQuoted}
          </Button>
          {!html && (
            <blockquote
              id={quotedId}
              hidden={!quotedOpen}
              className="fr-text--sm"
              style={{
                whiteSpace: 'pre-wrap',
                borderLeft: '2px solid var(--border-default-grey)',
                paddingLeft: '1rem',
              }}
            >
              {message.quotedText}
            </blockquote>
          )}
        </>
      )}
      {message.attachments.length > 0 && (
        <ul aria-label={emailThread.attachments} className="fr-text--sm">
          {message.attachments.map((attachment) => (
            <li key={`${attachment.fileName}-${attachment.sizeBytes}`}>
              {attachment.fileName} ({formatBytes(attachment.sizeBytes)})
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
