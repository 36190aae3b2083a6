import type { SchemaPart } from '@gru/database';
import { Contact } from './contacts/contact.entity';
import { CitizensAndRequests1795441259803 } from './migrations/1795441259803-citizens-and-requests';
import { RequestMessagesAndAttachments1795442180517 } from './migrations/1795442180517-request-messages-and-attachments';
import { ContactOutcomeNoAnswer1795445000000 } from './migrations/1795445000000-contact-outcome-no-answer';
import { RequestForeignKeys1796024646196 } from './migrations/1796024646196-request-foreign-keys';
import { ContactNote1796033294705 } from './migrations/1796033294705-contact-note';
import { ReferenceCounter } from './persistence/reference-counter.entity';
import { RequestAttachment } from './persistence/request-attachment.entity';
import { RequestEvent } from './persistence/request-event.entity';
import { RequestMessage } from './persistence/request-message.entity';
import { RequestNote } from './persistence/request-note.entity';
import { Request } from './persistence/request.entity';

export const REQUEST_ENTITIES = [
  Request,
  RequestEvent,
  RequestNote,
  ReferenceCounter,
  Contact,
  RequestMessage,
  RequestAttachment,
];

/**
 * The first migration predates per-library migrations: it also created the citizens' tables and
 * the calendar's `antenna_closures`.
 */
export const REQUESTS_SCHEMA: SchemaPart = {
  owner: 'requests',
  entities: REQUEST_ENTITIES,
  migrations: [
    CitizensAndRequests1795441259803,
    RequestMessagesAndAttachments1795442180517,
    ContactOutcomeNoAnswer1795445000000,
    RequestForeignKeys1796024646196,
    ContactNote1796033294705,
  ],
};
