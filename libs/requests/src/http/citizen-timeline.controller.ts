import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { CASEWORK_ROLES, Roles } from '@gru/auth';
import { Citizen, CitizenDto, LoadedCitizen } from '@gru/citizens';
import { KnowledgeUsage } from '@gru/knowledge';
import { articleSlugsOf, ContactSummaryDto } from '../contacts/contact.dto';
import { ContactLog } from '../contacts/contact-log.service';
import { RequestReader } from '../workflow/request-reader.service';
import { CitizenTimelineDto } from './citizen-timeline.dto';
import { RequestDto } from './request.dto';

/** The unified record: every request and every contact of a citizen, across channels. */
@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizens/:id/timeline')
export class CitizenTimelineController {
  constructor(
    private readonly requests: RequestReader,
    private readonly contacts: ContactLog,
    private readonly knowledge: KnowledgeUsage,
  ) {}

  @Get()
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'citizen', idParam: 'id' })
  @ApiOkResponse({ type: CitizenTimelineDto })
  async timeline(@LoadedCitizen() citizen: Citizen): Promise<CitizenTimelineDto> {
    const [requests, contacts] = await Promise.all([
      this.requests.requestsOf(citizen.id),
      this.contacts.contactsOf(citizen.id),
    ]);
    const titles = await this.knowledge.titles(contacts.flatMap(articleSlugsOf));
    return {
      citizen: CitizenDto.of(citizen),
      requests: requests.map((request) => RequestDto.of(request)),
      contacts: contacts.map((contact) => ContactSummaryDto.of(contact, titles)),
    };
  }
}
