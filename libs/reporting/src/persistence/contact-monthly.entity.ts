import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * reporting_contacts_daily summed per Paris month over antenna, channel and direction: about a
 * thousand rows a year, against the hundreds of thousands of daily rows that scheme, reason and
 * outcome multiply. Long periods split by antenna, channel and month read it.
 */
@Entity({ name: 'reporting_contacts_monthly' })
export class ContactMonthly {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) direction!: string;
  @Column({ type: 'int' }) contacts!: number;
  @Column({ name: 'duration_seconds', type: 'bigint' }) durationSeconds!: string;
}
