import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Staffing } from '../antennas/antenna.types';

export type PerimeterHolderKind = 'antenna' | 'headquarters';

/**
 * An antenna or the head office: whoever can own EPCIs in a perimeter version. Rows are never
 * deleted, since old perimeter versions point at them; a holder gone from the file is inactive.
 */
@Entity({ name: 'perimeter_holders' })
export class PerimeterHolderRecord {
  /** The slug of config/antennas.json, e.g. "saint-quentin" or "siege-lille". */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({
    type: 'enum',
    enum: ['antenna', 'headquarters'],
    enumName: 'perimeter_holder_kind',
  })
  kind!: PerimeterHolderKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  town!: string;

  @Column({ name: 'insee_town', type: 'char', length: 5 })
  inseeTown!: string;

  /** "existing" or "proposed" for an antenna, "headquarters" for the head office. */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'town_assumed', type: 'boolean', default: false })
  townAssumed!: boolean;

  @Column({ name: 'opened_per_table', type: 'date', nullable: true })
  openedPerTable!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Null for the head office, which has no antenna staff of its own. */
  @Column({ type: 'jsonb', nullable: true })
  staffing!: Staffing | null;

  /** Members of the shared-manager group in file order, joined by "+" ("amiens+montdidier"). */
  @Column({ name: 'manager_group', type: 'varchar', length: 300, nullable: true })
  managerGroup!: string | null;

  /** Order of the antenna file: listings follow it and report-mode ties are broken by it. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
