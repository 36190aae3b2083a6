import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** reporting_contacts_hourly summed per Paris day: what periods of whole days read. */
@Entity({ name: 'reporting_contacts_daily' })
// An antenna manager's reports read one antenna's rows, not every antenna's of the period.
@Index('reporting_contacts_daily_antenna_idx', ['antennaId', 'day'])
export class ContactDaily {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) direction!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @PrimaryColumn({ name: 'reason_code', type: 'varchar', length: 64 }) reasonCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) outcome!: string;
  @Column({ type: 'int' }) contacts!: number;
  @Column({ name: 'duration_seconds', type: 'bigint' }) durationSeconds!: string;
}
