import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Free-number calls per UTC hour and caller's pool: their antenna, or the mobile team's id for the
 * headquarters area and unplaced callers (as the routing and the simulation file them).
 */
@Entity({ name: 'reporting_voice_hourly' })
export class VoiceHourly {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @Column({ type: 'int' }) offered!: number;
  @Column({ type: 'int' }) answered!: number;
  @Column({ name: 'answered_within_20s', type: 'int' }) answeredWithin20s!: number;
  @Column({ type: 'int' }) abandoned!: number;
  @Column({ name: 'abandon_wait_seconds', type: 'double precision' }) abandonWaitSeconds!: number;
  @Column({ type: 'int' }) callbacks!: number;
  @Column({ type: 'int' }) overflowed!: number;
  /** Answered by an agent of the caller's own pool. */
  @Column({ name: 'own_answered', type: 'int' }) ownAnswered!: number;
  @Column({ name: 'wait_seconds', type: 'double precision' }) waitSeconds!: number;
}
