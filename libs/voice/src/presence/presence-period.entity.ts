import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A stretch of time an agent spent in one presence they chose (signed in, on a break, signed
 * out), with the pool they took calls for. The history the routing keeps only for the day in
 * Redis, kept here for reporting's staffed time.
 */
@Entity({ name: 'voice_presence_periods' })
@Index('voice_presence_periods_user_idx', ['userId', 'startedAt'])
@Index('voice_presence_periods_started_idx', ['startedAt'])
@Index('voice_presence_periods_ended_idx', ['endedAt'])
export class PresencePeriod {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The agent's antenna, or the mobile team's id. */
  @Column({ name: 'group_id', type: 'varchar', length: 64 })
  groupId!: string;

  @Column({ type: 'varchar', length: 16 })
  presence!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** Null while it lasts. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
