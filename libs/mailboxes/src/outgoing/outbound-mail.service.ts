import { Injectable } from '@nestjs/common';
import { JobName, JobProducer } from '@gru/queue';
import { randomUUID } from 'node:crypto';
import { addressIn } from '../mailbox-directory.service';
import { MailDirection, MailMessage, MailState } from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailStore } from '../store/mail-store.service';
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
    const domain = addressIn(input.mailbox.address).split('@')[1] ?? 'gru.invalid';
    const messageId = `<${input.kind}-${input.stableId ?? randomUUID()}@${domain}>`;
    const { message } = await this.store.claim({
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
    });
    if (message.state === MailState.Queued)
      await this.jobs.enqueue(
        JobName.SendMail,
        { mailMessageId: message.id },
        { jobId: `send-mail_${message.id}` },
      );
    return (await this.store.get(message.id))!;
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
