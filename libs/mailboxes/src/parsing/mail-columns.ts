import type { InboundMail } from './inbound-mail';
import { sanitiseMailHtml } from './sanitise-html';

/** The columns a message's headers and bodies fill, decoded and bounded. */
export function mailColumns(mail: InboundMail) {
  return {
    fromAddress: mail.from?.address.slice(0, 320) ?? null,
    fromName: mail.from?.name.slice(0, 300) || null,
    toAddresses: mail.to.slice(0, 100).map((address) => address.slice(0, 320)),
    subject: mail.subject.slice(0, 2000),
    sentAt: mail.date,
    inReplyTo: mail.inReplyTo,
    references: mail.references.slice(-50),
    textBody: mail.text.replace(/\u0000/g, ''),
    htmlBody: mail.html ? sanitiseMailHtml(mail.html).replace(/\u0000/g, '') : null,
  };
}

export type MailColumns = ReturnType<typeof mailColumns>;
