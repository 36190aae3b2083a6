import { emailThread } from '../../../content/mail';
import { ApiError } from '../../../lib/api/api-error';
import { useEmailRecipient } from '../api/email-recipient';
import { useRequestEmails } from '../api/request-emails';
import { useSendEmailReply } from '../api/send-email-reply';
import { EmailMessage } from './email-message';
import { EmailRecipientAlert } from './email-recipient-alert';
import { EmailReplyForm } from './email-reply-form';

interface EmailThreadProps {
  readonly requestId: string;
  readonly onDone: (announcement: string) => void;
}

/** The request's emails in and out, oldest first, and the composer answering the citizen. */
export function EmailThread({ requestId, onDone }: EmailThreadProps) {
  const emails = useRequestEmails(requestId);
  const recipient = useEmailRecipient(requestId);
  const send = useSendEmailReply(requestId);
  const error =
    send.error instanceof ApiError
      ? (send.error.fieldErrors[0]?.message ?? send.error.message)
      : null;
  return (
    <section aria-labelledby="courriels">
      <h2 id="courriels" className="fr-h4">
        {emailThread.title}
      </h2>
      {emails.data?.length === 0 && <p>{emailThread.empty}</p>}
      {emails.data?.map((message) => (
        <EmailMessage key={message.id} requestId={requestId} message={message} onDone={onDone} />
      ))}
      <EmailRecipientAlert recipient={recipient.data} />
      <EmailReplyForm
        pending={send.isPending}
        error={error}
        onSend={(reply) => send.mutateAsync(reply).then(() => onDone(emailThread.replyQueued))}
      />
    </section>
  );
}
