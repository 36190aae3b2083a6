import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per month reported: the claim that makes the monthly mail go out once. */
@Entity({ name: 'reporting_monthly_reports' })
export class MonthlyReportDispatch {
  /** First day of the month reported. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'int', default: 0 }) recipients!: number;
}
