import Alert from '@codegouvfr/react-dsfr/Alert';
import { emailThread } from '../../../content/mail';
import { formatDateTime } from '../../../lib/format';
import type { EmailRecipient } from '../api/email-recipient';

interface EmailRecipientAlertProps {
  readonly recipient: EmailRecipient | undefined;
}

/** Warns before a reply when our mail to the citizen's address came back (a delivery report). */
export function EmailRecipientAlert({ recipient }: EmailRecipientAlertProps) {
  if (!recipient?.bouncing || !recipient.address) return null;
  return (
    <Alert
      small
      severity="warning"
      className="fr-mb-3w"
      description={emailThread.bouncing(
        recipient.address,
        recipient.bouncedAt ? formatDateTime(recipient.bouncedAt) : null,
        recipient.bounceReason,
      )}
    />
  );
}
