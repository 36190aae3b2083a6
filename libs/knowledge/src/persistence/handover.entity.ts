import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type HandoverChange = 'published' | 'changed' | 'archived';

export interface HandoverItem {
  readonly kind: string;
  readonly slug: string;
  readonly title: string;
  readonly change: HandoverChange;
  readonly revision: number;
  readonly at: string;
}

/** The weekly hand-over: what was published, changed or archived in its period; one per ISO week. */
@Entity({ name: 'knowledge_handovers' })
export class Handover {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** ISO week in Paris time, e.g. 2026-W49: the idempotency key of the weekly job. */
  @Index('knowledge_handovers_week_key', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  week!: string;

  @Column({ name: 'period_from', type: 'timestamptz' })
  periodFrom!: Date;

  @Column({ name: 'period_to', type: 'timestamptz' })
  periodTo!: Date;

  @Column({ type: 'jsonb' })
  items!: HandoverItem[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
