import { Entity, PrimaryColumn } from 'typeorm';
import { RequestMeasures } from './rollup-measures';

/** Request flows per UTC hour, antenna, channel and scheme ('' for none). */
@Entity({ name: 'reporting_requests_hourly' })
export class RequestHourly extends RequestMeasures {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
}
