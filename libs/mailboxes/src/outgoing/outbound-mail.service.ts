import { Injectable } from '@nestjs/common';
import { JobName, JobProducer } from '@gru/queue';
import { randomUUID } from 'node:crypto';
import { addressIn } from '../mailbox-directory.service';
import { MailDirection, MailMessage, MailState } from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailStore, NewMailMessage } from '../store/mail-store.service';
import { MailTransport } from './mail-transport';

export type OutboundKind = 'acknowledgement' | 'reply';

export interface NewOutboundMail {
  readonly kind: OutboundKind;
  readonly mailbox: Mailbox;
  readonly requestId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Makes the row idempotent (an acknowledgement per inbound message); random otherwise. */
  readonly stableId?: string;
  readonly contactId?: string | null;
}

/**
 * Outgoing mail is recorded first (queued), then sent by the worker with retries and backoff: an
 * SMTP outage delays a message but never loses it, and its state shows on the request.
 */
@Injectable()
export class OutboundMail {
  constructor(
    private readonly store: MailStore,
    private readonly jobs: JobProducer,
    private readonly transport: MailTransport,
  ) {}

  async queue(input: NewOutboundMail): Promise<MailMessage> {
    const { message } = await this.store.claim(outboundRow(input));
    if (message.state === MailState.Queued) await this.enqueueMany([message.id]);
    return (await this.store.get(message.id))!;
  }

  /** Send jobs for rows written by `outboundRow` (a window's acknowledgements), in one round trip. */
  async enqueueMany(mailMessageIds: readonly string[]): Promise<void> {
    await this.jobs.enqueueMany(
      JobName.SendMail,
      mailMessageIds.map((mailMessageId) => ({
        data: { mailMessageId },
        options: { jobId: `send-mail_${mailMessageId}` },
      })),
    );
  }

  /**
   * Queued rows whose job a crash lost (committed with their window, killed before the enqueue):
   * enqueued again by the repeatable sweep; the job id makes a second enqueue a no-op.
   */
  async requeueStranded(olderThanMs = 5 * 60_000): Promise<number> {
    const stranded = await this.store.queuedBefore(new Date(Date.now() - olderThanMs));
    await this.enqueueMany(stranded);
    return stranded.length;
  }

  /** Worker side: a retried job finds the message sent and does nothing. */
  async deliver(id: string, from: string): Promise<MailState> {
    const message = await this.store.get(id);
    if (!message || message.direction !== MailDirection.Outbound) return MailState.Failed;
    if (message.state === MailState.Sent) return message.state;
    try {
      await this.transport.send({
        from,
        to: message.toAddresses[0],
        subject: message.subject,
        text: message.textBody,
        messageId: message.messageKey.slice(3),
        inReplyTo: message.inReplyTo,
        references: message.references,
        headers:
          message.acknowledgement === 'acknowledgement'
            ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' }
            : undefined,
      });
    } catch (error) {
      await this.store.update(id, {
        state: MailState.Failed,
        attempts: message.attempts + 1,
        reason: (error as Error).message.slice(0, 500),
      });
      throw error;
    }
    await this.store.update(id, {
      state: MailState.Sent,
      sentAt: new Date(),
      attempts: message.attempts + 1,
      reason: null,
    });
    return MailState.Sent;
  }
}

/** The outgoing message's row, queued: its Message-ID is stable when `stableId` is given. */
export function outboundRow(input: NewOutboundMail): NewMailMessage {
  const domain = addressIn(input.mailbox.address).split('@')[1] ?? 'gru.invalid';
  const messageId = `<${input.kind}-${input.stableId ?? randomUUID()}@${domain}>`;
  return {
    messageKey: `id:${messageId}`,
    direction: MailDirection.Outbound,
    state: MailState.Queued,
    mailboxId: input.mailbox.id,
    requestId: input.requestId,
    contactId: input.contactId ?? null,
    fromAddress: addressIn(input.mailbox.smtpFrom).toLowerCase(),
    toAddresses: [input.to],
    subject: input.subject,
    inReplyTo: input.inReplyTo,
    references: [...input.references],
    textBody: input.text,
    acknowledgement: input.kind,
  };
}
