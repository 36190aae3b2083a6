import { Entity, PrimaryColumn } from 'typeorm';
import { RequestMeasures } from './rollup-measures';

/** reporting_requests_hourly summed per Paris day. */
@Entity({ name: 'reporting_requests_daily' })
export class RequestDaily extends RequestMeasures {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
}
