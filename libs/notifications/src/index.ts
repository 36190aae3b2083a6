export { MailSender } from './mail-sender';
export type { MailAttachment, OutgoingMail } from './mail-sender';
export { NotificationsModule } from './notifications.module';
export type { StaffNotification } from './staff-notification';
export { StaffNotifier } from './staff-notifier.service';
