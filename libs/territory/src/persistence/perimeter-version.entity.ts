import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a perimeter version came from: an import of the antenna file or an admin change. */
export type PerimeterOrigin = 'antenna-file' | 'admin';

/**
 * One complete assignment of EPCIs to holders, in effect from `effectiveFrom` until the next
 * version's: old versions are kept so that a past routing can be explained.
 */
@Entity({ name: 'perimeter_versions' })
@Index('perimeter_versions_effective_idx', ['effectiveFrom'])
@Check('perimeter_versions_origin_check', `"origin" IN ('antenna-file', 'admin')`)
export class PerimeterVersion {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The admin's user id; null for an import. No foreign key: the users table belongs to auth. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'varchar', length: 16 })
  origin!: PerimeterOrigin;
}
