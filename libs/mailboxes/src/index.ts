export { MAILBOX_ENTITIES, MAILBOXES_SCHEMA } from './mailboxes-schema';
export { MailboxesModule } from './mailboxes.module';
export { MailboxesHttpModule } from './mailboxes-http.module';
export { MailboxesJobsModule } from './mailboxes-jobs.module';
export { MailboxDirectory } from './mailbox-directory.service';
export { MailIntake } from './ingestion/mail-intake.service';
export type { IntakeOutcome, IntakeResult } from './ingestion/mail-intake.service';
export { MailFileImport } from './ingestion/mail-file-import.service';
export type { FileImportLine, FileImportSummary } from './ingestion/mail-file-import.service';
export { MailboxSweep } from './ingestion/mailbox-sweep.service';
export type { SweepReport } from './ingestion/mailbox-sweep.service';
export { ImapConnector } from './imap/imap-connector';
export { OutboundMail } from './outgoing/outbound-mail.service';
export { MailQuarantine } from './quarantine/mail-quarantine.service';
export { EmailReplies } from './replies/email-replies.service';
export { MailStore } from './store/mail-store.service';
export { BouncingAddresses } from './store/bouncing-addresses.service';
export { MailAddressBounce } from './persistence/mail-address-bounce.entity';
export { parseMail } from './parsing/parse-mail';
export { Mailbox } from './persistence/mailbox.entity';
export { MailDelivery } from './persistence/mail-delivery.entity';
export {
  MailDirection,
  MailMessage,
  MailOutcome,
  MailState,
} from './persistence/mail-message.entity';
