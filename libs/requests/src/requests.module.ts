import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@gru/audit';
import { CalendarModule } from '@gru/calendar';
import { CitizensModule } from '@gru/citizens';
import { NotificationsModule } from '@gru/notifications';
import { StorageModule } from '@gru/storage';
import { TerritoryModule } from '@gru/territory';
import { ContactAccess } from './contacts/contact-access.service';
import { ContactCoder } from './contacts/contact-coder.service';
import { ContactLog } from './contacts/contact-log.service';
import { PhoneActivityReader } from './contacts/phone-activity.reader';
import { ContactFactsReader } from './facts/contact-facts.reader';
import { RecordExports } from './facts/record-exports.service';
import { RequestFactsReader } from './facts/request-facts.reader';
import { RequestAttachments } from './attachments/request-attachments.service';
import { CitizenMessages } from './messages/citizen-messages.service';
import { SlaPolicy } from './sla/sla-policy.service';
import { RequestAccess } from './workflow/request-access.service';
import { RequestReader } from './workflow/request-reader.service';
import { RequestWorkflow } from './workflow/request-workflow.service';
import { RequestWriter } from './workflow/request-writer.service';
import { RequestsCitizenParticipant } from './workflow/requests-citizen-participant';
import { REQUEST_ENTITIES } from './requests-schema';

const SERVICES = [
  SlaPolicy,
  RequestWriter,
  RequestWorkflow,
  RequestReader,
  RequestAccess,
  ContactLog,
  ContactAccess,
  ContactCoder,
  RequestsCitizenParticipant,
  CitizenMessages,
  RequestAttachments,
  PhoneActivityReader,
  ContactFactsReader,
  RequestFactsReader,
  RecordExports,
];

/**
 * Requests (demandes) and contacts: references, lifecycle, SLA, timelines, queues, portfolio, search.
 * Services only, for the worker and other features; the API adds `RequestsHttpModule`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(REQUEST_ENTITIES),
    CitizensModule,
    CalendarModule,
    AuditModule,
    NotificationsModule,
    TerritoryModule,
    StorageModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class RequestsModule {}
