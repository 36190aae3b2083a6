import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Request } from './request.entity';

export enum MessageStatus {
  Queued = 'queued',
  Sent = 'sent',
  /** No mail server configured (demo): rendered and logged, not delivered. */
  NotDelivered = 'not_delivered',
  Failed = 'failed',
}

/** A message sent to the citizen about a request (today by email), with its delivery state. */
@Entity({ name: 'request_messages' })
export class RequestMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('request_messages_request_idx')
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => Request, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'request_messages_request_fk' })
  request?: Request;

  @Column({ type: 'varchar', length: 16 })
  channel!: 'email';

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({
    type: 'enum',
    enum: MessageStatus,
    enumName: 'request_message_status',
    default: MessageStatus.Queued,
  })
  status!: MessageStatus;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'failure_reason', type: 'varchar', length: 500, nullable: true })
  failureReason!: string | null;
}
