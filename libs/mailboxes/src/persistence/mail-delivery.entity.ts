import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MailMessage } from './mail-message.entity';
import { Mailbox } from './mailbox.entity';

/**
 * One server copy of a message: (mailbox, folder, UIDVALIDITY, UID) is unique, so a copy already
 * committed is recognised after a crash and only moved; `movedAt` says the move happened.
 */
@Entity({ name: 'mail_deliveries' })
@Index('mail_deliveries_uid_key', ['mailboxId', 'folder', 'uidValidity', 'uid'], { unique: true })
export class MailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'mailbox_id', type: 'varchar', length: 64 })
  mailboxId!: string;

  @ManyToOne(() => Mailbox, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'mail_deliveries_mailbox_fk' })
  mailbox?: Mailbox;

  @Column({ type: 'varchar', length: 255 })
  folder!: string;

  @Column({ name: 'uid_validity', type: 'bigint' })
  uidValidity!: string;

  @Column({ type: 'bigint' })
  uid!: string;

  @Index('mail_deliveries_message_idx')
  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @ManyToOne(() => MailMessage, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'mail_deliveries_message_fk' })
  message?: MailMessage;

  /** True when this copy was the second delivery of a message already known. */
  @Column({ type: 'boolean', default: false })
  duplicate!: boolean;

  @Column({ name: 'moved_at', type: 'timestamptz', nullable: true })
  movedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
