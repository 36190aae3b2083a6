import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@gru/audit';
import { CalendarModule } from '@gru/calendar';
import { CitizensModule } from '@gru/citizens';
import { NotificationsModule } from '@gru/notifications';
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
import { SlaPolicy } from './sla/sla-policy.service';
import { RequestAccess } from './workflow/request-access.service';
import { RequestReader } from './workflow/request-reader.service';
import { RequestWorkflow } from './workflow/request-workflow.service';
import { RequestWriter } from './workflow/request-writer.service';
import { RequestsCitizenParticipant } from './workflow/requests-citizen-participant';

export const REQUEST_ENTITIES = [Request, RequestEvent, RequestNote, ReferenceCounter, Contact];
const SERVICES = [SlaPolicy, RequestWriter, RequestWorkflow, RequestReader, RequestAccess, ContactLog, RequestsCitizenParticipant];

/** Requests (demandes) and contacts: references, lifecycle, SLA, timelines, queues, portfolio, search. */
@Module({
  imports: [TypeOrmModule.forFeature(REQUEST_ENTITIES), CitizensModule, CalendarModule, AuditModule, NotificationsModule, TerritoryModule],
  controllers: [RequestsController, ContactsController, PortfolioController, SearchController, CitizenTimelineController],
  providers: SERVICES,
  exports: SERVICES,
})
export class RequestsModule {}
