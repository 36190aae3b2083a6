import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum MailDirection {
  Inbound = 'inbound',
  Outbound = 'outbound',
}

/** Stored values: never rename one. */
export enum MailState {
  /** Claimed by the pipeline, not finished (a crash resumes it on the next delivery). */
  Pending = 'pending',
  /** Inbound: filed (to a request, or ignored with a reason). */
  Filed = 'filed',
  Quarantined = 'quarantined',
  Released = 'released',
  Discarded = 'discarded',
  /** Outbound: waiting for (or between) SMTP attempts. */
  Queued = 'queued',
  Sent = 'sent',
  Failed = 'failed',
}

/** Stored values: what became of an inbound message (the import CLI prints them). */
export enum MailOutcome {
  Created = 'created',
  Threaded = 'threaded',
  Ignored = 'ignored',
  Quarantined = 'quarantined',
}

export interface MailAttachmentSummary {
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  /** Set when the request's attachment store accepted it (sniffed type). */
  readonly requestAttachmentId: string | null;
}

/**
 * One email, in or out, once whatever mailbox it reached us through. `messageKey` is its identity:
 * the Message-ID, or a content hash when it has none; the unique index is what makes a second
 * delivery (re-sync, UIDVALIDITY change, a copy in another of our mailboxes) a duplicate.
 */
@Entity({ name: 'mail_messages' })
@Index('mail_messages_request_idx', ['requestId', 'sentAt'])
@Index('mail_messages_state_idx', ['state', 'createdAt'])
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('mail_messages_message_key_key', { unique: true })
  @Column({ name: 'message_key', type: 'varchar', length: 1000 })
  messageKey!: string;

  @Column({ type: 'enum', enum: MailDirection, enumName: 'mail_direction' })
  direction!: MailDirection;

  @Column({ type: 'enum', enum: MailState, enumName: 'mail_state' })
  state!: MailState;

  @Column({ type: 'enum', enum: MailOutcome, enumName: 'mail_outcome', nullable: true })
  outcome!: MailOutcome | null;

  /** Why it was quarantined, ignored, reopened a request or failed to send. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** The mailbox it first arrived in, or the one it was sent from. */
  @Column({ name: 'mailbox_id', type: 'varchar', length: 64, nullable: true })
  mailboxId!: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ name: 'from_address', type: 'varchar', length: 320, nullable: true })
  fromAddress!: string | null;

  @Column({ name: 'from_name', type: 'varchar', length: 300, nullable: true })
  fromName!: string | null;

  @Column({ name: 'to_addresses', type: 'text', array: true, default: () => "'{}'" })
  toAddresses!: string[];

  @Column({ type: 'text', default: '' })
  subject!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'in_reply_to', type: 'varchar', length: 1000, nullable: true })
  inReplyTo!: string | null;

  @Column({ name: 'references', type: 'text', array: true, default: () => "'{}'" })
  references!: string[];

  @Column({ name: 'text_body', type: 'text', default: '' })
  textBody!: string;

  /** Sanitised for display: no script, no handlers, no remote content. */
  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: MailAttachmentSummary[];

  /** The raw message in `@gru/storage`, found again by its checksum (one file per content). */
  @Column({ name: 'raw_key', type: 'varchar', length: 200, nullable: true })
  rawKey!: string | null;

  @Index('mail_messages_raw_sha256_idx')
  @Column({ name: 'raw_sha256', type: 'char', length: 64, nullable: true })
  rawSha256!: string | null;

  @Column({ name: 'raw_size', type: 'int', nullable: true })
  rawSize!: number | null;

  /** Inbound: `sent`, or why none was sent (`auto-reply`, `loop-guard`…); outbound: the kind. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  acknowledgement!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
