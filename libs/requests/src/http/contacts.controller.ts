import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CurrentUser, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import { CitizenAccess, CitizenDirectory } from '@gru/citizens';
import type { Response } from 'express';
import { ContactLog } from '../contacts/contact-log.service';
import { CreateContactDto } from './request-inputs.dto';

/** Logs a contact handled by a person (a front-desk visit, a call taken outside the IVR). */
@ApiTags('contacts')
@ApiBearerAuth()
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactLog,
    private readonly citizens: CitizenDirectory,
    private readonly citizenAccess: CitizenAccess,
  ) {}

  @Post()
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'contact' })
  async record(
    @Body() body: CreateContactDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const citizen = body.citizenId ? await this.citizens.get(body.citizenId) : undefined;
    if (citizen) await this.citizenAccess.assertMayRead(user, citizen);
    const { contact, created } = await this.contacts.record({
      ...body,
      agentUserId: user.id,
      antennaId: body.antennaId ?? user.antennaId ?? citizen?.antennaId ?? null,
    });
    response.status(created ? 201 : 200);
    return contact;
  }
}
