import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ContactChannel } from '../contact-channel';

export enum Civility {
  Madame = 'mme',
  Monsieur = 'm',
}

/** A member of the public (usager). One record across channels; staff accounts are never citizens. */
@Entity({ name: 'citizens' })
// Trigram (typo-tolerant) and prefix indexes on the name key, written by hand in the migration.
@Index('citizens_name_key_trgm_idx', { synchronize: false })
@Index('citizens_name_key_prefix_idx', { synchronize: false })
// (antenna, name key, id) for live citizens: the portfolio's filter and order in one index.
@Index('citizens_portfolio_idx', { synchronize: false })
export class Citizen {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: Civility, enumName: 'citizen_civility', nullable: true })
  civility!: Civility | null;

  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 100, nullable: true })
  lastName!: string | null;

  /** Accent- and case-free "last first" (see nameKey); trigram and prefix indexes are built on it. */
  @Column({ name: 'name_key', type: 'varchar', length: 220, default: '' })
  nameKey!: string;

  /** E.164 numbers; a GIN index answers "who calls from this number". */
  @Index('citizens_phones_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones!: string[];

  @Index('citizens_emails_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails!: string[];

  @Column({ name: 'address_line', type: 'varchar', length: 250, nullable: true })
  addressLine!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postcode!: string | null;

  @Column({ name: 'insee_code', type: 'char', length: 5, nullable: true })
  inseeCode!: string | null;

  /** Derived from the commune through the territory reference; null puts the citizen in triage. */
  @Index('citizens_antenna_idx')
  @Column({ name: 'antenna_id', type: 'varchar', length: 64, nullable: true })
  antennaId!: string | null;

  @Column({
    name: 'preferred_channel',
    type: 'enum',
    enum: ContactChannel,
    enumName: 'contact_channel',
    nullable: true,
  })
  preferredChannel!: ContactChannel | null;

  /** Consent to be contacted for follow-ups beyond the request itself (RGPD). */
  @Column({ name: 'contact_consent', type: 'boolean', default: false })
  contactConsent!: boolean;

  @Column({ name: 'consent_recorded_at', type: 'timestamptz', nullable: true })
  consentRecordedAt!: Date | null;

  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  /** Set when this record was merged into another; kept so an admin can undo the merge. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Citizen, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Citizen | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
