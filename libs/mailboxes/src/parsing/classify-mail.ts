import type { InboundMail } from './inbound-mail';

/** Why a message must never be answered automatically, or why it files without a request. */
export type AutomatedKind = 'bounce' | 'auto-reply';

const OUT_OF_OFFICE =
  /^(auto(matic)?\s*(reply|response)|out of (the )?office|r[ée]ponse automatique|absence|absent|auto\s*:|message d'absence|abwesenheit|automatisch)/i;
const NO_REPLY =
  /^(no-?reply|do-?not-?reply|ne-?pas-?r[ée]pondre|nepasrepondre|noreply|bounces?)([+._-]|$)/i;
const DAEMON = /^(mailer-daemon|postmaster|mail-daemon)$/i;

/** A delivery report (DSN) or an automatic answer; null for a person's message. */
export function automatedKind(mail: InboundMail): AutomatedKind | null {
  const local = localPart(mail.from?.address);
  if (mail.contentType === 'multipart/report') return 'bounce';
  if (local && DAEMON.test(local)) return 'bounce';
  if (
    !mail.from &&
    /delivery status notification|undeliver|non remis|returned mail/i.test(mail.subject)
  )
    return 'bounce';
  const autoSubmitted = mail.headers.get('auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-reply';
  const precedence = mail.headers.get('precedence')?.trim().toLowerCase();
  if (precedence && ['bulk', 'list', 'junk', 'auto_reply'].includes(precedence))
    return 'auto-reply';
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond')) return 'auto-reply';
  if (
    mail.headers.get('x-auto-response-suppress')?.match(/all|oof/i) &&
    OUT_OF_OFFICE.test(mail.subject)
  )
    return 'auto-reply';
  if (OUT_OF_OFFICE.test(mail.subject)) return 'auto-reply';
  return null;
}

export function isNoReplyAddress(address: string | undefined | null): boolean {
  const local = localPart(address);
  return !!local && (NO_REPLY.test(local) || DAEMON.test(local));
}

function localPart(address: string | undefined | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  return at > 0 ? address.slice(0, at) : address;
}

/** The Message-ID a delivery report is about, from its returned headers. */
export function bouncedMessageId(mail: InboundMail, returnedHeaders: string | null): string | null {
  const sources = [returnedHeaders ?? '', mail.text];
  for (const source of sources) {
    const match = /^message-id:\s*(<[^>\s]+>)/im.exec(source);
    if (match) return match[1];
  }
  return mail.inReplyTo;
}

/** The failed recipient a delivery report names (Final-Recipient: rfc822; a@b). */
export function bouncedRecipient(mail: InboundMail, deliveryStatus: string | null): string | null {
  const source = `${deliveryStatus ?? ''}\n${mail.text}`;
  const match = /^(?:final|original)-recipient:\s*(?:rfc822;)?\s*<?([^\s<>;]+@[^\s<>;]+)>?/im.exec(
    source,
  );
  return match ? match[1].toLowerCase() : null;
}
