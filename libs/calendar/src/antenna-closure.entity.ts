import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An exceptional closure of an antenna (training day, move, strike), inclusive of both days. */
@Entity({ name: 'antenna_closures' })
@Index('antenna_closures_antenna_idx', ['antennaId', 'firstDay'])
export class AntennaClosure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'antenna_id', type: 'varchar', length: 64 })
  antennaId!: string;

  @Column({ name: 'first_day', type: 'date' })
  firstDay!: string;

  @Column({ name: 'last_day', type: 'date' })
  lastDay!: string;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
