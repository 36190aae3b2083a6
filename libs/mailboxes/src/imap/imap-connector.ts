import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@gru/errors';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';
import { ImapSession } from './imap-session';

/** Opens a mailbox's IMAP session; the seam tests replace to interrupt a sweep at a chosen point. */
@Injectable()
export class ImapConnector {
  constructor(private readonly mailboxes: MailboxDirectory) {}

  open(mailbox: Mailbox): Promise<ImapSession> {
    const password = this.mailboxes.passwordOf(mailbox);
    if (password === undefined)
      throw new DomainException(
        ErrorCode.DependencyUnavailable,
        `Mot de passe IMAP absent : la variable ${mailbox.passwordEnv} n'est pas définie.`,
        { mailboxId: mailbox.id },
      );
    return ImapSession.open({
      host: mailbox.imapHost,
      port: mailbox.imapPort,
      secure: mailbox.imapTls,
      user: mailbox.imapUser,
      password,
    });
  }
}
