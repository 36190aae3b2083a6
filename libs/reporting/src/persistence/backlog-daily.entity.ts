import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests open at the end of a Paris day, per antenna, channel and scheme ('' for none). */
@Entity({ name: 'reporting_backlog_daily' })
export class BacklogDaily {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @Column({ type: 'int' }) backlog!: number;
}
