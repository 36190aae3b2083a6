import { Module } from '@nestjs/common';
import { MailboxWatch } from './ingestion/mailbox-watch.service';
import { MailProcessor } from './jobs/mail.processor';
import { MailboxesModule } from './mailboxes.module';

/** Worker side: the `mail` queue (sweeps, outgoing mail) and the IMAP IDLE watch. */
@Module({
  imports: [MailboxesModule],
  providers: [MailProcessor, MailboxWatch],
})
export class MailboxesJobsModule {}
