import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '../role';

/** A staff account. Citizens are never users. */
@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; the unique index makes two accounts for one address impossible. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 256, select: false })
  passwordHash!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  /** Antenna slug from the territory reference; null for staff not attached to one antenna. */
  @Index('users_antenna_idx')
  @Column({ name: 'antenna_id', type: 'varchar', length: 64, nullable: true })
  antennaId!: string | null;

  @Column({ name: 'mobile_team', type: 'boolean', default: false })
  mobileTeam!: boolean;

  /** Granted by an administrator: writes, reviews and publishes the knowledge base. */
  @Column({ name: 'content_team', type: 'boolean', default: false })
  contentTeam!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
