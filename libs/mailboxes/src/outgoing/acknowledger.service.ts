import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import type { Request } from '@gru/requests';
import { AutomatedKind, isNoReplyAddress } from '../parsing/classify-mail';
import type { InboundMail } from '../parsing/inbound-mail';
import { withReference } from '../parsing/reference-token';
import type { Mailbox } from '../persistence/mailbox.entity';
import { acknowledgementText } from './acknowledgement-template';
import { NewOutboundMail, OutboundMail } from './outbound-mail.service';

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
    if (input.automated) return `skipped:${input.automated}`;
    const [refusal] = await this.decideMany([input.mail], input.ownAddresses);
    if (refusal) return refusal;
    await this.outbound.queue(this.message(input));
    return 'sent';
  }

  /**
   * For a window of persons' messages: null where an acknowledgement goes, else why none does. The
   * loop guard counts every sender of the window in one Redis round trip, in order.
   */
  async decideMany(
    mails: readonly InboundMail[],
    ownAddresses: ReadonlySet<string>,
  ): Promise<(string | null)[]> {
    const decisions = mails.map((mail): string | null => {
      const sender = mail.from?.address;
      if (!sender) return 'skipped:no-sender';
      if (isNoReplyAddress(sender)) return 'skipped:noreply';
      if (ownAddresses.has(sender)) return 'skipped:own-address';
      return null;
    });
    const counted = mails.flatMap((mail, index) => (decisions[index] ? [] : [index]));
    if (counted.length === 0) return decisions;
    const multi = this.redis.client.multi();
    for (const index of counted) {
      const key = this.redis.key('mail', 'acks', mails[index].from!.address);
      multi.incr(key).expire(key, HOUR_SECONDS, 'NX');
    }
    const replies = (await multi.exec()) as [Error | null, number][];
    const limit = this.config.values.mail.acknowledgementsPerSenderPerHour;
    counted.forEach((index, position) => {
      const [error, count] = replies[position * 2];
      if (error) throw error;
      if (count > limit) decisions[index] = 'skipped:loop-guard';
    });
    return decisions;
  }

  /** Takes back what `decideMany` counted for acknowledgements that were never queued. */
  async uncount(
    mails: readonly InboundMail[],
    decisions: readonly (string | null)[],
  ): Promise<void> {
    const multi = this.redis.client.multi();
    let any = false;
    mails.forEach((mail, index) => {
      if (decisions[index] !== null || !mail.from) return;
      multi.decr(this.redis.key('mail', 'acks', mail.from.address));
      any = true;
    });
    if (any) await multi.exec();
  }

  /** The acknowledgement of one message, with its reference; idempotent per inbound message. */
  message(input: {
    readonly inboundId: string;
    readonly mail: InboundMail;
    readonly mailbox: Mailbox;
    readonly request: Request;
    readonly threaded: boolean;
  }): NewOutboundMail {
    const { subject, text } = acknowledgementText({
      reference: input.request.reference,
      mailboxName: input.mailbox.displayName,
      threaded: input.threaded,
    });
    return {
      kind: 'acknowledgement',
      mailbox: input.mailbox,
      requestId: input.request.id,
      to: input.mail.from!.address,
      subject: withReference(subject, input.request.reference),
      text,
      inReplyTo: input.mail.messageId,
      references: [
        ...input.mail.references,
        ...(input.mail.messageId ? [input.mail.messageId] : []),
      ],
      stableId: input.inboundId,
    };
  }
}
