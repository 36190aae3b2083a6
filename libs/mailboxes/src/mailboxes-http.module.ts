import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { AccessibleRequestPipe, RequestsModule } from '@gru/requests';
import { MailQuarantineController } from './http/mail-quarantine.controller';
import { MailboxesController } from './http/mailboxes.controller';
import { RequestEmailsController } from './http/request-emails.controller';
import { MailboxesModule } from './mailboxes.module';

/** The mailboxes library's routes, for the API process only. */
@Module({
  imports: [MailboxesModule, RequestsModule, AuditModule],
  controllers: [MailboxesController, MailQuarantineController, RequestEmailsController],
  providers: [AccessibleRequestPipe],
})
export class MailboxesHttpModule {}
