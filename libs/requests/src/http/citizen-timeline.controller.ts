import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CASEWORK_ROLES, CurrentUser, Roles } from '@gru/auth';
import { CitizenAccess, CitizenDirectory, CitizenDto } from '@gru/citizens';
import { ContactLog } from '../contacts/contact-log.service';
import { RequestReader } from '../workflow/request-reader.service';
import { RequestDto } from './request.dto';

/** The unified record: every request and every contact of a citizen, across channels. */
@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizens/:id/timeline')
export class CitizenTimelineController {
  constructor(
    private readonly citizens: CitizenDirectory,
    private readonly access: CitizenAccess,
    private readonly requests: RequestReader,
    private readonly contacts: ContactLog,
  ) {}

  @Get()
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'citizen', idParam: 'id' })
  async timeline(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    const citizen = await this.citizens.get(id);
    await this.access.assertMayRead(user, citizen);
    const [requests, contacts] = await Promise.all([
      this.requests.requestsOf(id),
      this.contacts.contactsOf(id),
    ]);
    return {
      citizen: CitizenDto.of(citizen),
      requests: requests.map((request) => RequestDto.of(request)),
      contacts,
    };
  }
}
