import { Entity, PrimaryColumn } from 'typeorm';
import { RequestMeasures } from './rollup-measures';

/** reporting_requests_daily summed per Paris month: the whole months of long periods. */
@Entity({ name: 'reporting_requests_monthly' })
export class RequestMonthly extends RequestMeasures {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' }) month!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
}
