import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { AccessibleRequestPipe, RequestsModule } from '@gru/requests';
import { MailQuarantineController } from './http/mail-quarantine.controller';
import { MailboxesController } from './http/mailboxes.controller';
import { MailViewTickets } from './http/mail-view-tickets.service';
import { MailViewMiddleware } from './http/mail-view.middleware';
import { RequestEmailsController } from './http/request-emails.controller';
import { MailboxesModule } from './mailboxes.module';

/** The mailboxes library's routes, for the API process only. */
@Module({
  imports: [MailboxesModule, RequestsModule, AuditModule],
  controllers: [MailboxesController, MailQuarantineController, RequestEmailsController],
  providers: [AccessibleRequestPipe, MailViewTickets],
})
export class MailboxesHttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(MailViewMiddleware)
      .forRoutes({ path: 'requests/:id/emails/:mailId/html', method: RequestMethod.GET });
  }
}
