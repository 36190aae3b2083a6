import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@gru/config';
import { AuditModule } from '@gru/audit';
import { CalendarModule } from '@gru/calendar';
import { CitizensModule } from '@gru/citizens';
import { NotificationsModule } from '@gru/notifications';
import { StorageModule } from '@gru/storage';
import { TerritoryModule } from '@gru/territory';
import { ContactLog } from './contacts/contact-log.service';
import { Contact } from './contacts/contact.entity';
import { CitizenTimelineController } from './http/citizen-timeline.controller';
import { ContactsController } from './http/contacts.controller';
import { PortfolioController } from './http/portfolio.controller';
import { RequestsController } from './http/requests.controller';
import { SearchController } from './http/search.controller';
import { ReferenceCounter } from './persistence/reference-counter.entity';
import { RequestEvent } from './persistence/request-event.entity';
import { RequestNote } from './persistence/request-note.entity';
import { Request } from './persistence/request.entity';
import { RequestAttachment } from './persistence/request-attachment.entity';
import { RequestMessage } from './persistence/request-message.entity';
import { RequestAttachments } from './attachments/request-attachments.service';
import { CitizenMessages } from './messages/citizen-messages.service';
import { RequestFilesController } from './http/request-files.controller';
import { SlaPolicy } from './sla/sla-policy.service';
import { RequestAccess } from './workflow/request-access.service';
import { RequestReader } from './workflow/request-reader.service';
import { RequestWorkflow } from './workflow/request-workflow.service';
import { RequestWriter } from './workflow/request-writer.service';
import { RequestsCitizenParticipant } from './workflow/requests-citizen-participant';

export const REQUEST_ENTITIES = [Request, RequestEvent, RequestNote, ReferenceCounter, Contact, RequestMessage, RequestAttachment];
const SERVICES = [SlaPolicy, RequestWriter, RequestWorkflow, RequestReader, RequestAccess, ContactLog, RequestsCitizenParticipant, CitizenMessages, RequestAttachments];

/** Requests (demandes) and contacts: references, lifecycle, SLA, timelines, queues, portfolio, search. */
@Module({
  imports: [
    TypeOrmModule.forFeature(REQUEST_ENTITIES),
    CitizensModule,
    CalendarModule,
    AuditModule, NotificationsModule,
    TerritoryModule,
    StorageModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Memory storage: the file store hashes and writes it atomically afterwards.
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.values.storage.maxUploadBytes, files: 1 } }),
    }),
  ],
  controllers: [RequestsController, RequestFilesController, ContactsController, PortfolioController, SearchController, CitizenTimelineController],
  providers: SERVICES,
  exports: SERVICES,
})
export class RequestsModule {}
