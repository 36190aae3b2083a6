import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * reporting_requests_daily without the scheme (a third of its rows): the days of reports that
 * neither group nor filter by scheme, such as a year by week.
 */
@Entity({ name: 'reporting_requests_daily_by_channel' })
export class RequestDailyByChannel {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @Column({ type: 'int' }) opened!: number;
  @Column({ type: 'int' }) resolved!: number;
  @Column({ name: 'sla_met', type: 'int' }) slaMet!: number;
  @Column({ name: 'sla_missed', type: 'int' }) slaMissed!: number;
  @Column({ name: 'callbacks_due', type: 'int' }) callbacksDue!: number;
  @Column({ name: 'callbacks_kept', type: 'int' }) callbacksKept!: number;
}
