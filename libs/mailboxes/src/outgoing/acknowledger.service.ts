import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import type { Request } from '@gru/requests';
import { AutomatedKind, isNoReplyAddress } from '../parsing/classify-mail';
import type { InboundMail } from '../parsing/inbound-mail';
import { withReference } from '../parsing/reference-token';
import type { Mailbox } from '../persistence/mailbox.entity';
import { acknowledgementText } from './acknowledgement-template';
import { OutboundMail } from './outbound-mail.service';

const HOUR_SECONDS = 3600;

/**
 * Acknowledges a person's message with its reference, never an automated one or one of ours, and
 * at most N times per sender per hour: two auto-responders can otherwise answer each other forever.
 */
@Injectable()
export class Acknowledger {
  constructor(
    private readonly outbound: OutboundMail,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** `sent` when queued, else the reason none is sent (kept on the inbound message). */
  async acknowledge(input: {
    readonly inboundId: string;
    readonly mail: InboundMail;
    readonly automated: AutomatedKind | null;
    readonly mailbox: Mailbox;
    readonly request: Request;
    readonly threaded: boolean;
    readonly ownAddresses: ReadonlySet<string>;
  }): Promise<string> {
    const sender = input.mail.from?.address;
    if (input.automated) return `skipped:${input.automated}`;
    if (!sender) return 'skipped:no-sender';
    if (isNoReplyAddress(sender)) return 'skipped:noreply';
    if (input.ownAddresses.has(sender)) return 'skipped:own-address';
    const key = this.redis.key('mail', 'acks', sender);
    const [[, count]] = (await this.redis.client
      .multi()
      .incr(key)
      .expire(key, HOUR_SECONDS, 'NX')
      .exec()) as [[null, number], [null, number]];
    if (count > this.config.values.mail.acknowledgementsPerSenderPerHour)
      return 'skipped:loop-guard';
    const { subject, text } = acknowledgementText({
      reference: input.request.reference,
      mailboxName: input.mailbox.displayName,
      threaded: input.threaded,
    });
    await this.outbound.queue({
      kind: 'acknowledgement',
      mailbox: input.mailbox,
      requestId: input.request.id,
      to: sender,
      subject: withReference(subject, input.request.reference),
      text,
      inReplyTo: input.mail.messageId,
      references: [
        ...input.mail.references,
        ...(input.mail.messageId ? [input.mail.messageId] : []),
      ],
      stableId: input.inboundId,
    });
    return 'sent';
  }
}
