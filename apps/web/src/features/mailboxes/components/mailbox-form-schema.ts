import { z } from 'zod';
import { mailboxes } from '../../../content/mail';
import type { Mailbox, MailboxInput } from '../api/mailboxes';

const errors = mailboxes.form.errors;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The API's rules (libs/mailboxes mailbox-input.dto.ts), checked before sending. */
export const mailboxFormSchema = z.object({
  id: z.string().trim().regex(SLUG, errors.id),
  address: z.string().trim().pipe(z.email(errors.address)),
  displayName: z.string().trim().min(1, errors.displayName).max(200),
  aidSchemeSlug: z.string().trim().regex(SLUG, errors.aidSchemeSlug).or(z.literal('')),
  imapHost: z.string().trim().min(1, errors.imapHost).max(255),
  imapPort: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, errors.imapPort)
    .refine((port) => Number(port) >= 1 && Number(port) <= 65535, errors.imapPort),
  imapTls: z.boolean(),
  imapUser: z.string().trim().min(1, errors.imapUser).max(320),
  passwordEnv: z
    .string()
    .trim()
    .regex(/^MAILBOX_[A-Z0-9_]+_PASSWORD$/, errors.passwordEnv),
  folders: z.string().refine((folders) => splitFolders(folders).length > 0, errors.folders),
  processedFolder: z.string().trim().min(1, errors.processedFolder).max(255),
  smtpFrom: z.string().trim().min(3, errors.smtpFrom).max(400),
  active: z.boolean(),
});
export type MailboxFormValues = z.infer<typeof mailboxFormSchema>;

function splitFolders(folders: string): string[] {
  return folders
    .split(',')
    .map((folder) => folder.trim())
    .filter((folder) => folder !== '');
}

export const emptyMailbox: MailboxFormValues = {
  id: '',
  address: '',
  displayName: '',
  aidSchemeSlug: '',
  imapHost: '',
  imapPort: '993',
  imapTls: true,
  imapUser: '',
  passwordEnv: '',
  folders: 'INBOX',
  processedFolder: 'Traités',
  smtpFrom: '',
  active: true,
};

export function valuesOf(mailbox: Mailbox): MailboxFormValues {
  return {
    ...mailbox,
    aidSchemeSlug: mailbox.aidSchemeSlug ?? '',
    imapPort: String(mailbox.imapPort),
    folders: mailbox.folders.join(', '),
  };
}

export function inputOf(values: MailboxFormValues): MailboxInput {
  return {
    ...values,
    aidSchemeSlug: values.aidSchemeSlug === '' ? null : values.aidSchemeSlug,
    imapPort: Number(values.imapPort),
    folders: splitFolders(values.folders),
  };
}
