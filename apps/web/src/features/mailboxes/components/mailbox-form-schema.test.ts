import { describe, expect, it } from '@jest/globals';
import { emptyMailbox, inputOf, mailboxFormSchema } from './mailbox-form-schema';

const valid = {
  ...emptyMailbox,
  id: 'permis',
  address: 'permis@region.test',
  displayName: 'Aide au permis',
  aidSchemeSlug: 'aide-permis',
  imapHost: 'imap.region.test',
  imapUser: 'permis@region.test',
  passwordEnv: 'MAILBOX_PERMIS_PASSWORD',
  folders: ' INBOX, Permis ,',
  smtpFrom: 'Aide au permis <permis@region.test>',
};

describe('mailbox form', () => {
  it('turns the fields into the API body: a number port, a folder list, no scheme for the general box', () => {
    const values = mailboxFormSchema.parse(valid);
    expect(inputOf(values)).toMatchObject({ imapPort: 993, folders: ['INBOX', 'Permis'] });
    expect(inputOf({ ...values, aidSchemeSlug: '' }).aidSchemeSlug).toBeNull();
  });

  it('refuses what the API would refuse, field by field', () => {
    const result = mailboxFormSchema.safeParse({
      ...valid,
      id: 'Permis B',
      imapPort: '70000',
      passwordEnv: 'JWT_SECRET',
      folders: ' , ',
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['id', 'imapPort', 'passwordEnv', 'folders']));
  });
});
