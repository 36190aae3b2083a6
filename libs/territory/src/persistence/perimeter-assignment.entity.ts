import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PerimeterHolderRecord } from './perimeter-holder-record.entity';
import { PerimeterVersion } from './perimeter-version.entity';

/** One EPCI of one perimeter version; the primary key makes a double assignment impossible. */
@Entity({ name: 'perimeter_assignments' })
@Index('perimeter_assignments_holder_idx', ['holderId'])
export class PerimeterAssignment {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  /** No foreign key to epcis on purpose: history outlives EPCIs that a later vintage merges away. */
  @PrimaryColumn({ name: 'epci_siren', type: 'char', length: 9 })
  epciSiren!: string;

  @Column({ name: 'holder_id', type: 'varchar', length: 64 })
  holderId!: string;

  /** Rank in the holder's list as written (file or admin), so listings read the same in every mode. */
  @Column({ type: 'integer' })
  position!: number;

  @ManyToOne(() => PerimeterVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'perimeter_assignments_version_fk' })
  version?: PerimeterVersion;

  @ManyToOne(() => PerimeterHolderRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id', foreignKeyConstraintName: 'perimeter_assignments_holder_fk' })
  holder?: PerimeterHolderRecord;
}
