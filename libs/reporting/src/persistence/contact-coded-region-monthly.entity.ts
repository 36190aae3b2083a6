import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * reporting_contacts_daily summed per Paris month over the contacts' coding only (scheme, reason,
 * outcome), the whole region together: a tenth of the antennas' coded months, read by region-wide
 * reports split or filtered by coding that need no antenna.
 */
@Entity({ name: 'reporting_contacts_monthly_coded_region' })
export class ContactCodedRegionMonthly {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @PrimaryColumn({ name: 'reason_code', type: 'varchar', length: 64 }) reasonCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) outcome!: string;
  @Column({ type: 'int' }) contacts!: number;
  @Column({ name: 'duration_seconds', type: 'bigint' }) durationSeconds!: string;
}
