import { Injectable } from '@nestjs/common';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { ContactDirection, ContactLog, Request, RequestWorkflow } from '@gru/requests';
import { randomUUID } from 'node:crypto';
import { MailboxDirectory } from '../mailbox-directory.service';
import { withReference } from '../parsing/reference-token';
import { MailDirection, MailMessage, MailOutcome } from '../persistence/mail-message.entity';
import { OutboundMail } from '../outgoing/outbound-mail.service';
import { MailStore } from '../store/mail-store.service';

/**
 * An agent's answer from the request: threaded on the citizen's last message (In-Reply-To,
 * References; our own last message, often the acknowledgement, only when they never wrote), the reference in the subject, sent from the mailbox the citizen wrote to, logged as
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

  /** Where a reply from this request goes: the address the citizen last wrote from, else theirs. */
  async recipient(request: Request): Promise<string | null> {
    return this.recipientAfter(request, citizensLast(await this.store.thread(request.id)));
  }

  private async recipientAfter(
    request: Request,
    lastInbound: MailMessage | undefined,
  ): Promise<string | null> {
    return (
      lastInbound?.fromAddress ?? (await this.citizens.get(request.citizenId)).emails[0] ?? null
    );
  }

  async reply(
    request: Request,
    input: { readonly body: string; readonly subject?: string },
    authorUserId: string,
  ): Promise<MailMessage> {
    const thread = await this.store.thread(request.id);
    const lastInbound = citizensLast(thread);
    const last = thread[thread.length - 1];
    const recipient = await this.recipientAfter(request, lastInbound);
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
    // Threaded on what the citizen wrote last: their client shows our answer under their message.
    const answered = lastInbound ?? last;
    const parent = answered ? answered.messageKey.replace(/^id:/, '') : null;
    const references = answered
      ? [...answered.references, ...(parent && parent.startsWith('<') ? [parent] : [])].slice(-20)
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

/** The citizen's own last message: not our acknowledgement, nor a bounce or an auto-reply. */
function citizensLast(thread: readonly MailMessage[]): MailMessage | undefined {
  return [...thread]
    .reverse()
    .find(
      (message) =>
        message.direction === MailDirection.Inbound &&
        (message.outcome === MailOutcome.Created || message.outcome === MailOutcome.Threaded),
    );
}
