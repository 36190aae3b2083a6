import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * reporting_contacts_daily summed per Paris month over antenna and the contacts' coding (scheme,
 * reason, outcome), without channel and direction: a year of them is about half the daily rows
 * (a third at the full volume's spread), read by long periods split or filtered by scheme, reason
 * or outcome.
 */
@Entity({ name: 'reporting_contacts_monthly_coded' })
// An antenna manager's year: that antenna's rows, not every antenna's rows of the months.
@Index('reporting_contacts_monthly_coded_antenna_idx', ['antennaId', 'month'])
export class ContactCodedMonthly {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @PrimaryColumn({ name: 'reason_code', type: 'varchar', length: 64 }) reasonCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) outcome!: string;
  @Column({ type: 'int' }) contacts!: number;
  @Column({ name: 'duration_seconds', type: 'bigint' }) durationSeconds!: string;
}
