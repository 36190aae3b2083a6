import { ContactChannel } from '@gru/citizens';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RequestPriority, RequestStatus, SlaState } from '../lifecycle/request-status';

/** A tracked need (demande) with a human reference, fed by one or many contacts. */
@Entity({ name: 'requests' })
@Index('requests_antenna_status_idx', ['antennaId', 'status'])
@Index('requests_assignee_status_idx', ['assigneeUserId', 'status'])
@Index('requests_status_due_idx', ['status', 'dueAt'])
export class Request {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** HDF-2026-000123: unique, gapless and sequential per year. */
  @Index('requests_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Index('requests_citizen_idx')
  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'aid_scheme_slug', type: 'varchar', length: 64, nullable: true })
  aidSchemeSlug!: string | null;

  @Column({ type: 'enum', enum: ContactChannel, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({
    type: 'enum',
    enum: RequestStatus,
    enumName: 'request_status',
    default: RequestStatus.New,
  })
  status!: RequestStatus;

  @Column({
    type: 'enum',
    enum: RequestPriority,
    enumName: 'request_priority',
    default: RequestPriority.Normal,
  })
  priority!: RequestPriority;

  @Column({ name: 'antenna_id', type: 'varchar', length: 64, nullable: true })
  antennaId!: string | null;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  /** A team queue instead of (or before) a person: `mobile-team`, `instruction`. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  team!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({
    name: 'sla_state',
    type: 'enum',
    enum: SlaState,
    enumName: 'request_sla_state',
    default: SlaState.OnTime,
  })
  slaState!: SlaState;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
