import { Injectable } from '@nestjs/common';
import { RedisConnection } from '@gru/redis';
import { randomBytes } from 'node:crypto';

const TICKET_TTL_MS = 10 * 60_000;
const TICKET = /^[0-9a-f]{64}$/;

export interface MailView {
  readonly requestId: string;
  readonly mailId: string;
}

/**
 * A frame cannot send a bearer token: the HTML route, called with one, hands out a ticket that
 * lets the frame load that one message's document with remote images for ten minutes. Random,
 * kept in Redis (any API instance redeems it), worth nothing else.
 */
@Injectable()
export class MailViewTickets {
  constructor(private readonly redis: RedisConnection) {}

  async issue(view: MailView): Promise<string> {
    const ticket = randomBytes(32).toString('hex');
    await this.redis.client.set(
      this.redis.key('mail', 'view', ticket),
      JSON.stringify(view),
      'PX',
      TICKET_TTL_MS,
    );
    return ticket;
  }

  /** The view a live ticket grants on this message, or null. */
  async redeem(ticket: string, view: MailView): Promise<boolean> {
    if (!TICKET.test(ticket)) return false;
    const stored = await this.redis.client.get(this.redis.key('mail', 'view', ticket));
    if (!stored) return false;
    const granted = JSON.parse(stored) as MailView;
    return granted.requestId === view.requestId && granted.mailId === view.mailId;
  }
}
