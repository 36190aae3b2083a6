export { MailboxesPage } from './pages/mailboxes-page';
