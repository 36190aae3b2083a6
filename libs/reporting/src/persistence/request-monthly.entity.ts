import { Column, Entity, PrimaryColumn } from 'typeorm';

/** reporting_requests_daily summed per Paris month: the whole months of long periods. */
@Entity({ name: 'reporting_requests_monthly' })
export class RequestMonthly {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @Column({ type: 'int' }) opened!: number;
  @Column({ type: 'int' }) resolved!: number;
  @Column({ name: 'sla_met', type: 'int' }) slaMet!: number;
  @Column({ name: 'sla_missed', type: 'int' }) slaMissed!: number;
  @Column({ name: 'callbacks_due', type: 'int' }) callbacksDue!: number;
  @Column({ name: 'callbacks_kept', type: 'int' }) callbacksKept!: number;
}
