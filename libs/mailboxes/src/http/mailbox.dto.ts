import { ApiProperty } from '@nestjs/swagger';
import type { Mailbox } from '../persistence/mailbox.entity';

/** A mailbox as admins see it: the password's variable name, never a password. */
export class MailboxDto {
  @ApiProperty({ example: 'general' }) id!: string;
  @ApiProperty({ example: 'contact@hautsdefrance.example' }) address!: string;
  @ApiProperty({ example: 'Boîte générale' }) displayName!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) aidSchemeSlug!: string | null;
  @ApiProperty({ example: 'imap.hautsdefrance.example' }) imapHost!: string;
  @ApiProperty({ example: 993 }) imapPort!: number;
  @ApiProperty() imapTls!: boolean;
  @ApiProperty({ example: 'contact@hautsdefrance.example' }) imapUser!: string;
  @ApiProperty({ example: 'MAILBOX_GENERAL_PASSWORD' }) passwordEnv!: string;
  @ApiProperty({ description: 'True when the worker process has this variable set.' })
  passwordConfigured!: boolean;
  @ApiProperty({ type: [String], example: ['INBOX'] }) folders!: string[];
  @ApiProperty({ example: 'Traités' }) processedFolder!: string;
  @ApiProperty({ example: 'Région Hauts-de-France <contact@hautsdefrance.example>' })
  smtpFrom!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(mailbox: Mailbox, passwordConfigured: boolean): MailboxDto {
    return Object.assign(new MailboxDto(), {
      id: mailbox.id,
      address: mailbox.address,
      displayName: mailbox.displayName,
      aidSchemeSlug: mailbox.aidSchemeSlug,
      imapHost: mailbox.imapHost,
      imapPort: mailbox.imapPort,
      imapTls: mailbox.imapTls,
      imapUser: mailbox.imapUser,
      passwordEnv: mailbox.passwordEnv,
      passwordConfigured,
      folders: mailbox.folders,
      processedFolder: mailbox.processedFolder,
      smtpFrom: mailbox.smtpFrom,
      active: mailbox.active,
      createdAt: mailbox.createdAt.toISOString(),
      updatedAt: mailbox.updatedAt.toISOString(),
    });
  }
}
