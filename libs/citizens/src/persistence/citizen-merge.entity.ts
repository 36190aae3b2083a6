import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Citizen } from './citizen.entity';

/** What a merge moved, per participating library, so an admin can put everything back. */
export type MovedRecords = Record<string, string[]>;

@Entity({ name: 'citizen_merges' })
export class CitizenMerge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('citizen_merges_source_idx')
  @Column({ name: 'source_citizen_id', type: 'uuid' })
  sourceCitizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_citizen_id' })
  source?: Citizen;

  @Index('citizen_merges_target_idx')
  @Column({ name: 'target_citizen_id', type: 'uuid' })
  targetCitizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_citizen_id' })
  target?: Citizen;

  /** The target's identity fields before the merge added the source's phones and emails. */
  @Column({ name: 'target_before', type: 'jsonb' })
  targetBefore!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  moved!: MovedRecords;

  @Column({ name: 'merged_by_user_id', type: 'uuid', nullable: true })
  mergedByUserId!: string | null;

  @CreateDateColumn({ name: 'merged_at', type: 'timestamptz' })
  mergedAt!: Date;

  @Column({ name: 'reverted_at', type: 'timestamptz', nullable: true })
  revertedAt!: Date | null;

  @Column({ name: 'reverted_by_user_id', type: 'uuid', nullable: true })
  revertedByUserId!: string | null;
}
