import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A mailbox the council reads: the general one (no scheme) or one per aid scheme. */
@Entity({ name: 'mailboxes' })
export class Mailbox {
  /** A short stable id (`general`, `aide-permis`): it names the mailbox in logs, jobs and the CLI. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  address!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'aid_scheme_slug', type: 'varchar', length: 64, nullable: true })
  aidSchemeSlug!: string | null;

  @Column({ name: 'imap_host', type: 'varchar', length: 255 })
  imapHost!: string;

  @Column({ name: 'imap_port', type: 'int' })
  imapPort!: number;

  @Column({ name: 'imap_tls', type: 'boolean' })
  imapTls!: boolean;

  @Column({ name: 'imap_user', type: 'varchar', length: 320 })
  imapUser!: string;

  /** The environment variable holding the password: secrets never sit in the database. */
  @Column({ name: 'password_env', type: 'varchar', length: 128 })
  passwordEnv!: string;

  @Column({ type: 'text', array: true, default: () => "'{INBOX}'" })
  folders!: string[];

  @Column({ name: 'processed_folder', type: 'varchar', length: 255 })
  processedFolder!: string;

  /** The From of acknowledgements and replies (`Région HDF <aides@…>`). */
  @Column({ name: 'smtp_from', type: 'varchar', length: 400 })
  smtpFrom!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
