import { Entity, PrimaryColumn } from 'typeorm';
import { VoiceMeasures } from './rollup-measures';

/** reporting_voice_hourly summed per Paris day and caller's pool. */
@Entity({ name: 'reporting_voice_daily' })
export class VoiceDaily extends VoiceMeasures {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
}
