import { Injectable } from '@nestjs/common';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { ContactDirection, ContactLog, Request, RequestWorkflow } from '@gru/requests';
import { randomUUID } from 'node:crypto';
import { MailboxDirectory } from '../mailbox-directory.service';
import { withReference } from '../parsing/reference-token';
import { MailDirection, MailMessage } from '../persistence/mail-message.entity';
import { OutboundMail } from '../outgoing/outbound-mail.service';
import { MailStore } from '../store/mail-store.service';

/**
 * An agent's answer from the request: threaded on the last message of the thread (In-Reply-To,
 * References), the reference in the subject, sent from the mailbox the citizen wrote to, logged as
 * an outbound email contact and retried with backoff by the worker.
 */
@Injectable()
export class EmailReplies {
  constructor(
    private readonly store: MailStore,
    private readonly outbound: OutboundMail,
    private readonly mailboxes: MailboxDirectory,
    private readonly citizens: CitizenDirectory,
    private readonly contacts: ContactLog,
    private readonly workflow: RequestWorkflow,
  ) {}

  async reply(
    request: Request,
    input: { readonly body: string; readonly subject?: string },
    authorUserId: string,
  ): Promise<MailMessage> {
    const thread = await this.store.thread(request.id);
    const lastInbound = [...thread]
      .reverse()
      .find((message) => message.direction === MailDirection.Inbound);
    const last = thread[thread.length - 1];
    const recipient =
      lastInbound?.fromAddress ?? (await this.citizens.get(request.citizenId)).emails[0];
    if (!recipient)
      throw new ValidationFailedException([
        {
          field: 'body',
          messages: [
            "body : l'usager n'a pas d'adresse électronique connue / the citizen has no email address",
          ],
        },
      ]);
    const mailboxId =
      lastInbound?.mailboxId ?? last?.mailboxId ?? (await this.mailboxes.active())[0]?.id;
    if (!mailboxId)
      throw new ValidationFailedException([
        {
          field: 'body',
          messages: ['body : aucune boîte aux lettres configurée / no mailbox configured'],
        },
      ]);
    const mailbox = await this.mailboxes.get(mailboxId);
    const subjectBase =
      input.subject?.trim() ||
      (lastInbound
        ? `Re: ${lastInbound.subject.replace(/^(re|tr|fwd?)\s*:\s*/i, '')}`
        : request.subject);
    const parent = last ? last.messageKey.replace(/^id:/, '') : null;
    const references = last
      ? [...last.references, ...(parent && parent.startsWith('<') ? [parent] : [])].slice(-20)
      : [];
    const id = randomUUID();
    const { contact } = await this.contacts.record({
      channel: ContactChannel.Email,
      direction: ContactDirection.Outbound,
      citizenId: request.citizenId,
      antennaId: request.antennaId,
      agentUserId: authorUserId,
      aidSchemeSlug: request.aidSchemeSlug,
      externalRef: `mail-out:${id}`,
      details: { mailboxId: mailbox.id },
    });
    await this.workflow.linkContact(request.id, contact.id, authorUserId);
    return this.outbound.queue({
      kind: 'reply',
      mailbox,
      requestId: request.id,
      to: recipient,
      subject: withReference(subjectBase, request.reference),
      text: input.body,
      inReplyTo: parent && parent.startsWith('<') ? parent : null,
      references,
      stableId: id,
      contactId: contact.id,
    });
  }
}
