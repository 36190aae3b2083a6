import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@gru/citizens';
import { ConfigModule } from '@gru/config';
import { RedisModule } from '@gru/redis';
import { RequestsModule } from '@gru/requests';
import { StorageModule } from '@gru/storage';
import { TerritoryModule } from '@gru/territory';
import { ImapConnector } from './imap/imap-connector';
import { MailFileImport } from './ingestion/mail-file-import.service';
import { AutomatedFiling } from './ingestion/automated-filing.service';
import { MailIntake } from './ingestion/mail-intake.service';
import { MailWindowIntake } from './ingestion/mail-window-intake.service';
import { SenderCitizens } from './ingestion/sender-citizens.service';
import { WindowFiling } from './ingestion/window-filing.service';
import { MailboxSweep } from './ingestion/mailbox-sweep.service';
import { RequestFiling } from './ingestion/request-filing.service';
import { MailboxDirectory } from './mailbox-directory.service';
import { MAILBOX_ENTITIES } from './mailboxes-schema';
import { Acknowledger } from './outgoing/acknowledger.service';
import { MailTransport } from './outgoing/mail-transport';
import { OutboundMail } from './outgoing/outbound-mail.service';
import { MailQuarantine } from './quarantine/mail-quarantine.service';
import { EmailReplies } from './replies/email-replies.service';
import { BouncingAddresses } from './store/bouncing-addresses.service';
import { MailStore } from './store/mail-store.service';
import { ThreadResolver } from './threading/thread-resolver.service';

const SERVICES = [
  MailboxDirectory,
  MailStore,
  BouncingAddresses,
  AutomatedFiling,
  ThreadResolver,
  RequestFiling,
  MailIntake,
  SenderCitizens,
  WindowFiling,
  MailWindowIntake,
  Acknowledger,
  OutboundMail,
  MailTransport,
  MailQuarantine,
  EmailReplies,
  ImapConnector,
  MailboxSweep,
  MailFileImport,
];

/** Mailboxes and the mail pipeline, as services (API, worker, import CLI, benchmarks). */
@Module({
  imports: [
    ConfigModule.forFeature(['mail', 'smtp', 'redis', 'storage'], 'MailboxesModule'),
    TypeOrmModule.forFeature(MAILBOX_ENTITIES),
    RequestsModule,
    CitizensModule,
    TerritoryModule,
    StorageModule,
    RedisModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class MailboxesModule {}
