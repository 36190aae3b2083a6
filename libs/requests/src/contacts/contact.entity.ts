import { ContactChannel } from '@gru/citizens';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Request } from '../persistence/request.entity';
import { ContactDirection, ContactOutcome } from './contact-outcome';

/**
 * One interaction on one channel. Reason × scheme × channel × antenna × outcome is what reporting
 * counts, so each is a structured column. `externalRef` (a Twilio CallSid, an email Message-ID)
 * makes a channel's retries land on the same row.
 */
@Entity({ name: 'contacts' })
@Index('contacts_citizen_idx', ['citizenId', 'startedAt'])
@Index('contacts_antenna_idx', ['antennaId', 'startedAt'])
@Index('contacts_external_ref_key', ['channel', 'externalRef'], {
  unique: true,
  where: '"external_ref" IS NOT NULL',
})
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  @Index('contacts_request_idx')
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => Request, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'contacts_request_fk' })
  request?: Request;

  @Column({ type: 'enum', enum: ContactChannel, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({
    type: 'enum',
    enum: ContactDirection,
    enumName: 'contact_direction',
    default: ContactDirection.Inbound,
  })
  direction!: ContactDirection;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'duration_seconds', type: 'int', nullable: true })
  durationSeconds!: number | null;

  @Column({ name: 'antenna_id', type: 'varchar', length: 64, nullable: true })
  antennaId!: string | null;

  @Column({ name: 'agent_user_id', type: 'uuid', nullable: true })
  agentUserId!: string | null;

  @Column({ name: 'aid_scheme_slug', type: 'varchar', length: 64, nullable: true })
  aidSchemeSlug!: string | null;

  @Column({ name: 'reason_code', type: 'varchar', length: 64, nullable: true })
  reasonCode!: string | null;

  @Column({
    type: 'enum',
    enum: ContactOutcome,
    enumName: 'contact_outcome',
    default: ContactOutcome.Pending,
  })
  outcome!: ContactOutcome;

  @Column({ name: 'external_ref', type: 'varchar', length: 256, nullable: true })
  externalRef!: string | null;

  /** The agent's free-text note when coding the contact: what was said, what was promised. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Channel specifics (wait time, steps passed, mailbox); never personal data. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
