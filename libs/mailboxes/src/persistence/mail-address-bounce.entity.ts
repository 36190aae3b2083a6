import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address our mail bounced from (a delivery report of a message we sent): kept per address,
 * not per citizen, because the report names an address and a reply goes to one. The request
 * page warns before an agent answers to it. Cleared when the citizen writes from it again.
 */
@Entity({ name: 'mail_address_bounces' })
export class MailAddressBounce {
  /** Lower-case. */
  @PrimaryColumn({ type: 'varchar', length: 320 })
  address!: string;

  @Column({ name: 'bounce_count', type: 'int', default: 1 })
  bounceCount!: number;

  @Column({ name: 'last_bounced_at', type: 'timestamptz' })
  lastBouncedAt!: Date;

  /** The delivery report's status line when it gives one, else ours. */
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** The bounce message (in `mail_messages`, filed on the request of the message it reports). */
  @Column({ name: 'bounce_message_id', type: 'uuid', nullable: true })
  bounceMessageId!: string | null;

  /** Null while the address bounces; set when the citizen wrote from it since. */
  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;
}
