import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { MailAddressBounce } from '../persistence/mail-address-bounce.entity';

/** Addresses our mail bounced from: flagged by a delivery report, cleared when they write again. */
@Injectable()
export class BouncingAddresses {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One more bounce of this address (a second report counts, and flags a cleared one again). */
  async flag(address: string, reason: string, bounceMessageId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO mail_address_bounces (address, bounce_count, last_bounced_at, reason, bounce_message_id)
       VALUES ($1, 1, now(), $2, $3)
       ON CONFLICT (address) DO UPDATE SET bounce_count = mail_address_bounces.bounce_count + 1,
         last_bounced_at = now(), reason = EXCLUDED.reason,
         bounce_message_id = EXCLUDED.bounce_message_id, cleared_at = NULL`,
      [address.trim().toLowerCase(), reason.slice(0, 500), bounceMessageId],
    );
  }

  /** The citizen wrote from these addresses: they receive mail again (in the caller's transaction). */
  async clear(addresses: readonly string[], manager?: EntityManager): Promise<void> {
    const lower = [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
    if (lower.length === 0) return;
    // One array parameter: a window clears up to 200 addresses at once.
    await (manager ?? this.dataSource.manager).query(
      `UPDATE mail_address_bounces SET cleared_at = now()
       WHERE address = ANY($1::varchar[]) AND cleared_at IS NULL`,
      [lower],
    );
  }

  /** The flag of an address still bouncing, or null. */
  async of(address: string): Promise<MailAddressBounce | null> {
    return this.dataSource.getRepository(MailAddressBounce).findOneBy({
      address: address.trim().toLowerCase(),
      clearedAt: IsNull(),
    });
  }
}
