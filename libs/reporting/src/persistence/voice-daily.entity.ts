import { Column, Entity, PrimaryColumn } from 'typeorm';

/** reporting_voice_hourly summed per Paris day and caller's pool. */
@Entity({ name: 'reporting_voice_daily' })
export class VoiceDaily {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @Column({ type: 'int' }) offered!: number;
  @Column({ type: 'int' }) answered!: number;
  @Column({ name: 'answered_within_20s', type: 'int' }) answeredWithin20s!: number;
  @Column({ type: 'int' }) abandoned!: number;
  @Column({ name: 'abandon_wait_seconds', type: 'double precision' }) abandonWaitSeconds!: number;
  @Column({ type: 'int' }) callbacks!: number;
  @Column({ type: 'int' }) overflowed!: number;
  @Column({ name: 'own_answered', type: 'int' }) ownAnswered!: number;
  @Column({ name: 'wait_seconds', type: 'double precision' }) waitSeconds!: number;
}
