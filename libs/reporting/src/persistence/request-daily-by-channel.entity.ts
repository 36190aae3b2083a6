import { Entity, PrimaryColumn } from 'typeorm';
import { RequestMeasures } from './rollup-measures';

/**
 * reporting_requests_daily without the scheme (a third of its rows): the days of reports that
 * neither group nor filter by scheme, such as a year by week.
 */
@Entity({ name: 'reporting_requests_daily_by_channel' })
export class RequestDailyByChannel extends RequestMeasures {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
}
