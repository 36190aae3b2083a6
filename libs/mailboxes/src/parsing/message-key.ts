import { createHash } from 'node:crypto';
import type { InboundMail } from './inbound-mail';

/**
 * A message's identity across our mailboxes: its Message-ID, or for a message without one a hash
 * of what every copy shares (sender, recipients, date, subject, body), not of the raw bytes, which
 * differ per mailbox by their Received and Delivered-To lines.
 */
export function messageKeyOf(mail: InboundMail): string {
  if (mail.messageId) return `id:${mail.messageId}`;
  return `sha256:${createHash('sha256')
    .update(
      JSON.stringify([
        mail.from?.address ?? '',
        [...mail.to].sort(),
        mail.rawDate,
        mail.subject,
        mail.text,
        mail.attachments.map((attachment) =>
          createHash('sha256').update(attachment.content).digest('hex'),
        ),
      ]),
    )
    .digest('hex')}`;
}

/** For a message we could not parse: the raw bytes are all it has. */
export function rawKeyOf(raw: Buffer): string {
  return `raw:${createHash('sha256').update(raw).digest('hex')}`;
}

/** A Message-ID read straight from the header block, for messages too big or too broken to parse. */
export function headerMessageId(raw: Buffer): string | null {
  const head = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:\s*<?([^\s<>]+)>?/im.exec(block);
  return match ? `<${match[1]}>` : null;
}
