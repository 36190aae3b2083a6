import { Entity, PrimaryColumn } from 'typeorm';
import { VoiceMeasures } from './rollup-measures';

/**
 * Free-number calls per UTC hour and caller's pool: their antenna, or the mobile team's id for the
 * headquarters area and unplaced callers (as the routing and the simulation file them).
 */
@Entity({ name: 'reporting_voice_hourly' })
export class VoiceHourly extends VoiceMeasures {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
}
