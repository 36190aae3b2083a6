import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Contacts per UTC hour and coded dimensions; '' stands for "not set" so that the key is total. */
@Entity({ name: 'reporting_contacts_hourly' })
// The footfall reads one channel's hours (visits) over long periods.
@Index('reporting_contacts_hourly_channel_idx', ['channel', 'hour'])
export class ContactHourly {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'antenna_id', type: 'varchar', length: 64 }) antennaId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) channel!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) direction!: string;
  @PrimaryColumn({ name: 'aid_scheme_slug', type: 'varchar', length: 64 }) aidSchemeSlug!: string;
  @PrimaryColumn({ name: 'reason_code', type: 'varchar', length: 64 }) reasonCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) outcome!: string;
  @Column({ type: 'int' }) contacts!: number;
  @Column({ name: 'duration_seconds', type: 'bigint' }) durationSeconds!: string;
}
