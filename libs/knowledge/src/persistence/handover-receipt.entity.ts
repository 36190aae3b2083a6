import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Handover } from './handover.entity';

/** One staff member's copy of a hand-over: mailed once (claimed before sending), read when they say so. */
@Entity({ name: 'knowledge_handover_receipts' })
export class HandoverReceipt {
  @PrimaryColumn({ name: 'handover_id', type: 'uuid' })
  handoverId!: string;

  @ManyToOne(() => Handover, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'handover_id',
    foreignKeyConstraintName: 'knowledge_handover_receipts_handover_fk',
  })
  handover?: Handover;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
