import type { SchemaPart } from '@gru/database';
import { Mailboxes1796033176196 } from './migrations/1796033176196-mailboxes';
import { MailAddressBounces1796048061603 } from './migrations/1796048061603-mail-address-bounces';
import { MailAddressBounce } from './persistence/mail-address-bounce.entity';
import { MailDelivery } from './persistence/mail-delivery.entity';
import { MailMessage } from './persistence/mail-message.entity';
import { Mailbox } from './persistence/mailbox.entity';

export const MAILBOX_ENTITIES = [Mailbox, MailMessage, MailDelivery, MailAddressBounce];

export const MAILBOXES_SCHEMA: SchemaPart = {
  owner: 'mailboxes',
  entities: MAILBOX_ENTITIES,
  migrations: [Mailboxes1796033176196, MailAddressBounces1796048061603],
};
